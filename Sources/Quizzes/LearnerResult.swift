/// One learner's standing at a course's exam, for `sana quiz results`.
public struct LearnerResult: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        case passed, failed
        /// An attempt is open and none is submitted yet.
        case inProgress = "in-progress"
    }

    public let iin: String
    public let name: String
    public let institution: String?
    /// Submitted attempts.
    public let attempts: Int
    /// The score that counts (highest or last, as the course grades); nil before any submission.
    public let score: Double?
    public let status: Status
    /// True when any attempt passed (the certificate rule).
    public let everPassed: Bool
    public let lastSubmittedAt: String?
    /// The university's own identifier of the student, when the roster gave one.
    public var studentNumber: String? = nil
}
