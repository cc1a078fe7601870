/// One accepted answer of a `short` question. Responses match after `ShortAnswer.fold`.
public struct ShortAnswer: Codable, Sendable, Equatable {
    public var text: String
    /// Credit in percent, 0...100 (100 unless GIFT gives `=%50%...`).
    public var credit: Double
    public var feedback: String?

    public init(text: String, credit: Double = 100, feedback: String? = nil) {
        self.text = text
        self.credit = credit
        self.feedback = feedback
    }
}
