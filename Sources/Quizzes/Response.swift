/// What a learner answered, in the question's own terms (source indexes, not the letters shown),
/// so grading never depends on the shuffled order. Stored as JSON in `answer.response`:
/// `{"choice":2}`, `{"multi":[0,3]}`, `{"truefalse":true}`, `{"short":"Астана"}`, `{"numeric":5}`,
/// `{"matching":[2,0,1]}` (for each prompt in source order, the source index of the answer chosen).
package enum Response: Sendable, Equatable {
    case choice(Int)
    case multi([Int])
    case truefalse(Bool)
    case short(String)
    case numeric(Double)
    case matching([Int])
}

extension Response: Codable {
    private enum CodingKeys: String, CodingKey {
        case choice, multi, truefalse, short, numeric, matching
    }

    package init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard container.allKeys.count == 1, let key = container.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a response has exactly one key"))
        }
        switch key {
        case .choice: self = .choice(try container.decode(Int.self, forKey: key))
        case .multi: self = .multi(try container.decode([Int].self, forKey: key))
        case .truefalse: self = .truefalse(try container.decode(Bool.self, forKey: key))
        case .short: self = .short(try container.decode(String.self, forKey: key))
        case .numeric: self = .numeric(try container.decode(Double.self, forKey: key))
        case .matching: self = .matching(try container.decode([Int].self, forKey: key))
        }
    }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .choice(let index): try container.encode(index, forKey: .choice)
        case .multi(let indexes): try container.encode(indexes, forKey: .multi)
        case .truefalse(let value): try container.encode(value, forKey: .truefalse)
        case .short(let text): try container.encode(text, forKey: .short)
        case .numeric(let number): try container.encode(number, forKey: .numeric)
        case .matching(let indexes): try container.encode(indexes, forKey: .matching)
        }
    }
}
