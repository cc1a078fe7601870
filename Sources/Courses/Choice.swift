/// One option of a `choice` or `multi` question.
public struct Choice: Codable, Sendable, Equatable {
    public var text: String
    /// Credit in percent, -100...100: 100 for the right answer of a `choice` question; in a `multi`
    /// question the positive credits add up to 100 and wrong options may take credit away.
    public var credit: Double
    public var feedback: String?

    public init(text: String, credit: Double, feedback: String? = nil) {
        self.text = text
        self.credit = credit
        self.feedback = feedback
    }
}
