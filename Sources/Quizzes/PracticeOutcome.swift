import Courses

/// One graded practice answer: the credit, the right answer, and the feedback the response earns
/// (the chosen answers' own feedback, then the general feedback).
public struct PracticeOutcome: Codable, Sendable, Equatable {
    public let qid: String
    public let response: Response
    /// 0...1
    public let credit: Double
    /// The right answer in words (`Question.correctAnswer`).
    public let correctAnswer: String
    public let feedback: [String]
    public let answeredAt: String
}
