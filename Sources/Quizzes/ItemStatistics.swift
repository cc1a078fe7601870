/// How one question performed across submitted attempts, for `sana report items`.
public struct ItemStatistics: Codable, Sendable, Equatable {
    public enum Flag: String, Codable, Sendable, CaseIterable {
        /// Difficulty (mean credit) above 0.90: nearly everyone gets it.
        case tooEasy = "too-easy"
        /// Difficulty below 0.20: nearly no one gets it.
        case tooHard = "too-hard"
        /// Learners who did well on the rest of the exam did worse on this question.
        case negativeDiscrimination = "negative-discrimination"
    }

    public static let easyAbove = 0.90
    public static let hardBelow = 0.20

    public let qid: String
    public let pool: String
    public let type: String
    /// Attempts that drew the question.
    public let drawn: Int
    /// Mean credit, 0...1 (the share correct, partial credit counting in part).
    public let difficulty: Double
    /// Point-biserial: correlation of the question's credit with the rest of the exam's score;
    /// nil when either does not vary.
    public let discrimination: Double?
    public let flags: [Flag]
}
