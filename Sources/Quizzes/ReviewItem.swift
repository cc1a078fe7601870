import Courses

/// One question of a submitted attempt as the review shows it; what is filled in depends on the
/// course's review policy (score: none of it; correctness: credit and feedback; answers: also the
/// correct answer).
public struct ReviewItem: Codable, Sendable, Equatable {
    public let position: Int
    public let qid: String
    public let type: QuestionType
    public let text: String
    /// What the learner answered, in words; nil when unanswered.
    public let response: String?
    /// 0...1
    public let credit: Double
    public let correctAnswer: String?
    public let feedback: [String]
}
