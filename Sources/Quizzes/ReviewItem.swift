import Courses

/// One question of a submitted attempt as the review shows it; what is filled in depends on the
/// course's review policy (score: none of it; correctness: credit and feedback; answers: also the
/// correct answer).
package struct ReviewItem: Codable, Sendable, Equatable {
    package let position: Int
    package let qid: String
    package let type: QuestionType
    package let text: String
    /// What the learner answered, in words; nil when unanswered.
    package let response: String?
    /// 0...1
    package let credit: Double
    package let correctAnswer: String?
    package let feedback: [String]
}
