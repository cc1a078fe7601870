/// One question of a pool in one language. `id` is the GIFT `::id::` title: the same in every
/// language, so attempts and answers refer to a question whatever language it was shown in.
package struct Question: Codable, Sendable, Equatable {
    package var id: String
    package var pool: String
    package var language: Language
    package var text: String
    package var answer: AnswerKey
    /// Shown after the question whatever the response (GIFT `####...`).
    package var generalFeedback: String?

    package init(id: String, pool: String, language: Language, text: String, answer: AnswerKey, generalFeedback: String? = nil) {
        self.id = id
        self.pool = pool
        self.language = language
        self.text = text
        self.answer = answer
        self.generalFeedback = generalFeedback
    }

    package var type: QuestionType { answer.type }

    /// What a learner chooses from, in source order: the options of a `choice` or `multi`
    /// question, the answers of a `matching` one (its prompts are `matchingPrompts`); empty otherwise.
    package var options: [String] {
        switch answer {
        case .choice(let choices), .multi(let choices): return choices.map(\.text)
        case .matching(let pairs): return pairs.map(\.answer)
        case .truefalse, .short, .numeric: return []
        }
    }

    /// The prompts of a `matching` question, distractors left out; empty for other types.
    package var matchingPrompts: [String] {
        guard case .matching(let pairs) = answer else { return [] }
        return pairs.filter { !$0.isDistractor }.map(\.prompt)
    }

    /// Whether the question says anything after an answer: general or per-answer feedback.
    package var hasFeedback: Bool {
        generalFeedback != nil || answer.hasAnswerFeedback
    }
}
