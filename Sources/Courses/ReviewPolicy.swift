/// What a learner sees after submitting an attempt.
package enum ReviewPolicy: String, Codable, Sendable, CaseIterable {
    /// The score and pass/fail only.
    case score
    /// Also which answers were right or wrong, with feedback.
    case correctness
    /// Also the correct answers.
    case answers
}
