/// One pair of a `matching` question: a prompt and the answer that belongs to it. A pair with an
/// empty prompt is a distractor: an extra answer that belongs to no prompt (`= -> distractor`).
package struct MatchPair: Codable, Sendable, Equatable {
    package var prompt: String
    package var answer: String

    package init(prompt: String, answer: String) {
        self.prompt = prompt
        self.answer = answer
    }

    package var isDistractor: Bool { prompt.isEmpty }
}
