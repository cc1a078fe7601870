import Quizzes

/// What `sana quiz take --answers FILE --json` prints: the attempt, each answer recorded with
/// how long its commit took, and the result (or, with --no-submit, the questions as shown).
struct TakeReport: Encodable {
    struct Recorded: Encodable {
        let qid: String
        let commitMs: Double
    }

    struct ShownQuestion: Encodable {
        let position: Int
        let qid: String
        let type: String
        let text: String
        /// Lettered a, b, c... in this order.
        let options: [String]
        /// Matching only: the items numbered 1, 2, ...
        let prompts: [String]?
        /// The answer given so far, as it would be typed.
        let answer: String?
    }

    let attemptId: Int64
    let resumed: Bool
    let deadline: String
    let recorded: [Recorded]
    let result: AttemptResult?
    let questions: [ShownQuestion]?
}
