/// The key of a `truefalse` question. GIFT writes `{T#feedback if wrong#feedback if right}`.
package struct TrueFalseKey: Codable, Sendable, Equatable {
    package var answer: Bool
    package var feedbackIfWrong: String?
    package var feedbackIfRight: String?

    package init(answer: Bool, feedbackIfWrong: String? = nil, feedbackIfRight: String? = nil) {
        self.answer = answer
        self.feedbackIfWrong = feedbackIfWrong
        self.feedbackIfRight = feedbackIfRight
    }
}
