/// One accepted answer of a `short` question. Responses match after `ShortAnswer.fold`.
package struct ShortAnswer: Codable, Sendable, Equatable {
    package var text: String
    /// Credit in percent, 0...100 (100 unless GIFT gives `=%50%...`).
    package var credit: Double
    package var feedback: String?

    package init(text: String, credit: Double = 100, feedback: String? = nil) {
        self.text = text
        self.credit = credit
        self.feedback = feedback
    }
}
