/// A learner as `sana learner show` and `list` present them: the record with names resolved.
public struct LearnerProfile: Codable, Sendable, Equatable {
    public struct Enrollment: Codable, Sendable, Equatable {
        public let course: String
        public let status: CourseEnrollment.Status
        public let cohort: String?
        public let enrolledAt: String
    }

    public let iin: String
    public let lastName: String
    public let firstName: String
    public let middleName: String?
    public let email: String?
    public let institution: String?
    public let faculty: String?
    public let studyGroup: String?
    public let locale: String
    public let status: String
    public let createdAt: String
    public let updatedAt: String
    public let enrollments: [Enrollment]

    public var fullName: String {
        Learner.fullName(lastName, firstName, middleName)
    }
}
