import Courses

/// A submitted attempt: score, pass or fail, and the review the course allows.
package struct AttemptResult: Codable, Sendable, Equatable {
    package let attemptId: Int64
    package let course: String
    package let version: Int
    package let iin: String
    package let score: Double
    package let passed: Bool
    package let passMark: Double
    package let submittedAt: String
    package let submittedBy: Attempt.SubmittedBy
    package let answered: Int
    package let questions: Int
    package let attemptsLeft: Int
    /// When the next attempt may start, if another is allowed and a wait applies.
    package let nextAttemptAt: String?
    package let review: ReviewPolicy
    /// What the review shows of each question (`review` set part by part, or as its word says).
    package let reviewShows: ReviewOptions
    /// Empty under the `score` review policy.
    package let items: [ReviewItem]
}
