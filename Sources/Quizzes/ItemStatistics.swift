/// How one question performed across submitted attempts, for `sana report items`.
package struct ItemStatistics: Codable, Sendable, Equatable {
    package enum Flag: String, Codable, Sendable, CaseIterable {
        /// Difficulty (mean credit) above 0.90: nearly everyone gets it.
        case tooEasy = "too-easy"
        /// Difficulty below 0.20: nearly no one gets it.
        case tooHard = "too-hard"
        /// Learners who did well on the rest of the exam did worse on this question.
        case negativeDiscrimination = "negative-discrimination"
    }

    package static let easyAbove = 0.90
    package static let hardBelow = 0.20

    package let qid: String
    package let pool: String
    package let type: String
    /// Attempts that drew the question.
    package let drawn: Int
    /// Mean credit, 0...1 (the share correct, partial credit counting in part).
    package let difficulty: Double
    /// Point-biserial: correlation of the question's credit with the rest of the exam's score;
    /// nil when either does not vary.
    package let discrimination: Double?
    package let flags: [Flag]
}
