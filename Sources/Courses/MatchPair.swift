/// One pair of a `matching` question: a prompt and the answer that belongs to it. A pair with an
/// empty prompt is a distractor: an extra answer that belongs to no prompt (`= -> distractor`).
public struct MatchPair: Codable, Sendable, Equatable {
    public var prompt: String
    public var answer: String

    public init(prompt: String, answer: String) {
        self.prompt = prompt
        self.answer = answer
    }

    public var isDistractor: Bool { prompt.isEmpty }
}
