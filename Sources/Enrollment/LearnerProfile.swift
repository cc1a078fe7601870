/// A learner as `sana learner show` and `list` present them: the record with names resolved.
public struct LearnerProfile: Codable, Sendable, Equatable {
    public struct Enrollment: Codable, Sendable, Equatable {
        public let course: String
        public let status: CourseEnrollment.Status
        public let cohort: String?
        public let enrolledAt: String
        /// When the learner passed (the enrollment's `completed_at`), nil while they have not.
        public let completedAt: String?
        /// When the learner was withdrawn, nil unless they are.
        public let withdrawnAt: String?

        public init(course: String, status: CourseEnrollment.Status, cohort: String?, enrolledAt: String, completedAt: String?, withdrawnAt: String?) {
            self.course = course
            self.status = status
            self.cohort = cohort
            self.enrolledAt = enrolledAt
            self.completedAt = completedAt
            self.withdrawnAt = withdrawnAt
        }

        /// Every time is written, null when there is none, so a script sees every key.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(course, forKey: .course)
            try container.encode(status, forKey: .status)
            try container.encode(cohort, forKey: .cohort)
            try container.encode(enrolledAt, forKey: .enrolledAt)
            try container.encode(completedAt, forKey: .completedAt)
            try container.encode(withdrawnAt, forKey: .withdrawnAt)
        }
    }

    public let iin: String
    public let lastName: String
    public let firstName: String
    public let middleName: String?
    public let email: String?
    public let institution: String?
    public let faculty: String?
    public let studyGroup: String?
    /// The university's own identifier of the student; nil when not given.
    public let studentNumber: String?
    public let locale: String
    public let status: String
    public let createdAt: String
    public let updatedAt: String
    public let enrollments: [Enrollment]

    public var fullName: String {
        Learner.fullName(lastName, firstName, middleName)
    }
}
