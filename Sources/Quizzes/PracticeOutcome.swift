import Courses

/// One graded practice answer: the credit, the right answer, and the feedback the response earns
/// (the chosen answers' own feedback, then the general feedback).
package struct PracticeOutcome: Codable, Sendable, Equatable {
    package let qid: String
    package let response: Response
    /// 0...1
    package let credit: Double
    /// The right answer in words (`Question.correctAnswer`).
    package let correctAnswer: String
    package let feedback: [String]
    package let answeredAt: String
}
