/// One enrolled learner's line of `sana report progress`: how far they are in a course.
package struct ProgressRow: Codable, Sendable, Equatable {
    /// Where a learner stands: nothing opened and no attempt; started; passed; or every attempt
    /// allowed used without a pass.
    package enum Status: String, Codable, Sendable, CaseIterable {
        case notStarted = "not-started"
        case inProgress = "in-progress"
        case passed, failed
    }

    package let iin: String
    package let name: String
    package let institution: String?
    package let studentNumber: String?
    package let cohort: String?
    /// Distinct lessons of the current version opened (at any version).
    package let lessonsOpened: Int
    package let lessons: Int
    /// Submitted attempts that count (not voided), at any version.
    package let attempts: Int
    /// Attempts allowed at the current version, with the learner's extra attempts.
    package let attemptsAllowed: Int
    /// The best score among them; nil before any.
    package let bestScore: Double?
    package let passed: Bool
    /// The learner's certificate for the course (the latest), nil when none.
    package let certificate: String?
    package let status: Status

    enum CodingKeys: String, CodingKey {
        case iin, name, institution, studentNumber, cohort, lessonsOpened, lessons, attempts, attemptsAllowed, bestScore, passed, certificate, status
    }

    /// Every key, null where there is no value: a script reads the same keys for every learner.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(iin, forKey: .iin)
        try container.encode(name, forKey: .name)
        try container.encode(institution, forKey: .institution)
        try container.encode(studentNumber, forKey: .studentNumber)
        try container.encode(cohort, forKey: .cohort)
        try container.encode(lessonsOpened, forKey: .lessonsOpened)
        try container.encode(lessons, forKey: .lessons)
        try container.encode(attempts, forKey: .attempts)
        try container.encode(attemptsAllowed, forKey: .attemptsAllowed)
        try container.encode(bestScore, forKey: .bestScore)
        try container.encode(passed, forKey: .passed)
        try container.encode(certificate, forKey: .certificate)
        try container.encode(status, forKey: .status)
    }
}
