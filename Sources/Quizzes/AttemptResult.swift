import Courses

/// A submitted attempt: score, pass or fail, and the review the course allows.
public struct AttemptResult: Codable, Sendable, Equatable {
    public let attemptId: Int64
    public let course: String
    public let version: Int
    public let iin: String
    public let score: Double
    public let passed: Bool
    public let passMark: Double
    public let submittedAt: String
    public let submittedBy: Attempt.SubmittedBy
    public let answered: Int
    public let questions: Int
    public let attemptsLeft: Int
    /// When the next attempt may start, if another is allowed and a wait applies.
    public let nextAttemptAt: String?
    public let review: ReviewPolicy
    /// What the review shows of each question (`review` set part by part, or as its word says).
    public let reviewShows: ReviewOptions
    /// Empty under the `score` review policy.
    public let items: [ReviewItem]
}
