/// The key of a `truefalse` question. GIFT writes `{T#feedback if wrong#feedback if right}`.
public struct TrueFalseKey: Codable, Sendable, Equatable {
    public var answer: Bool
    public var feedbackIfWrong: String?
    public var feedbackIfRight: String?

    public init(answer: Bool, feedbackIfWrong: String? = nil, feedbackIfRight: String? = nil) {
        self.answer = answer
        self.feedbackIfWrong = feedbackIfWrong
        self.feedbackIfRight = feedbackIfRight
    }
}
