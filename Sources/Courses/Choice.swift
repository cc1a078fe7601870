/// One option of a `choice` or `multi` question.
package struct Choice: Codable, Sendable, Equatable {
    package var text: String
    /// Credit in percent, -100...100: 100 for the right answer of a `choice` question; in a `multi`
    /// question the positive credits add up to 100 and wrong options may take credit away.
    package var credit: Double
    package var feedback: String?

    package init(text: String, credit: Double, feedback: String? = nil) {
        self.text = text
        self.credit = credit
        self.feedback = feedback
    }
}
