/// What a question accepts and how much credit each answer earns, by question type.
/// Stored as JSON in `question.answer_key`: `{"type": "choice", "choices": [...]}` and so on.
package enum AnswerKey: Sendable, Equatable {
    case choice([Choice])
    case multi([Choice])
    case truefalse(TrueFalseKey)
    case short([ShortAnswer])
    case numeric([NumericAnswer])
    case matching([MatchPair])

    package var type: QuestionType {
        switch self {
        case .choice: return .choice
        case .multi: return .multi
        case .truefalse: return .truefalse
        case .short: return .short
        case .numeric: return .numeric
        case .matching: return .matching
        }
    }

    /// Whether any answer carries its own feedback.
    package var hasAnswerFeedback: Bool {
        switch self {
        case .choice(let choices), .multi(let choices):
            return choices.contains { $0.feedback != nil }
        case .truefalse(let key):
            return key.feedbackIfWrong != nil || key.feedbackIfRight != nil
        case .short(let answers):
            return answers.contains { $0.feedback != nil }
        case .numeric(let answers):
            return answers.contains { $0.feedback != nil }
        case .matching:
            return false
        }
    }
}

extension AnswerKey: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, choices, key, answers, pairs
    }

    package init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(QuestionType.self, forKey: .type) {
        case .choice: self = .choice(try container.decode([Choice].self, forKey: .choices))
        case .multi: self = .multi(try container.decode([Choice].self, forKey: .choices))
        case .truefalse: self = .truefalse(try container.decode(TrueFalseKey.self, forKey: .key))
        case .short: self = .short(try container.decode([ShortAnswer].self, forKey: .answers))
        case .numeric: self = .numeric(try container.decode([NumericAnswer].self, forKey: .answers))
        case .matching: self = .matching(try container.decode([MatchPair].self, forKey: .pairs))
        }
    }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .choice(let choices), .multi(let choices): try container.encode(choices, forKey: .choices)
        case .truefalse(let key): try container.encode(key, forKey: .key)
        case .short(let answers): try container.encode(answers, forKey: .answers)
        case .numeric(let answers): try container.encode(answers, forKey: .answers)
        case .matching(let pairs): try container.encode(pairs, forKey: .pairs)
        }
    }
}
