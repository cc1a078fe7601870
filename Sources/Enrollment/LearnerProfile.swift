/// A learner as `sana learner show` and `list` present them: the record with names resolved.
package struct LearnerProfile: Codable, Sendable, Equatable {
    package struct Enrollment: Codable, Sendable, Equatable {
        package let course: String
        package let status: CourseEnrollment.Status
        package let cohort: String?
        package let enrolledAt: String
        /// When the learner passed (the enrollment's `completed_at`), nil while they have not.
        package let completedAt: String?
        /// When the learner was withdrawn, nil unless they are.
        package let withdrawnAt: String?

        package init(course: String, status: CourseEnrollment.Status, cohort: String?, enrolledAt: String, completedAt: String?, withdrawnAt: String?) {
            self.course = course
            self.status = status
            self.cohort = cohort
            self.enrolledAt = enrolledAt
            self.completedAt = completedAt
            self.withdrawnAt = withdrawnAt
        }

        /// Every time is written, null when there is none, so a script sees every key.
        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(course, forKey: .course)
            try container.encode(status, forKey: .status)
            try container.encode(cohort, forKey: .cohort)
            try container.encode(enrolledAt, forKey: .enrolledAt)
            try container.encode(completedAt, forKey: .completedAt)
            try container.encode(withdrawnAt, forKey: .withdrawnAt)
        }
    }

    package let iin: String
    package let lastName: String
    package let firstName: String
    package let middleName: String?
    package let email: String?
    package let institution: String?
    package let faculty: String?
    package let studyGroup: String?
    /// The university's own identifier of the student; nil when not given.
    package let studentNumber: String?
    package let locale: String
    package let status: String
    package let createdAt: String
    package let updatedAt: String
    package let enrollments: [Enrollment]

    package var fullName: String {
        Learner.fullName(lastName, firstName, middleName)
    }
}
