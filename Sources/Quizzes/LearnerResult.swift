/// One learner's standing at a course's exam, for `sana quiz results`.
package struct LearnerResult: Codable, Sendable, Equatable {
    package enum Status: String, Codable, Sendable {
        case passed, failed
        /// An attempt is open and none is submitted yet.
        case inProgress = "in-progress"
    }

    package let iin: String
    package let name: String
    package let institution: String?
    /// Submitted attempts.
    package let attempts: Int
    /// The score that counts (highest or last, as the course grades); nil before any submission.
    package let score: Double?
    package let status: Status
    /// True when any attempt passed (the certificate rule).
    package let everPassed: Bool
    package let lastSubmittedAt: String?
    /// The university's own identifier of the student, when the roster gave one.
    package var studentNumber: String? = nil
}
