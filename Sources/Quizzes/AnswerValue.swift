/// One answer as a script gives it in an answers file (`--answers FILE`: JSON, question id →
/// answer): a string, a number, a boolean, a list, or (for matching) an object prompt → answer.
package indirect enum AnswerValue: Sendable, Equatable, Decodable {
    case text(String)
    case number(Double)
    case bool(Bool)
    case list([AnswerValue])
    case object([String: AnswerValue])

    package init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else if let value = try? container.decode([AnswerValue].self) {
            self = .list(value)
        } else if let value = try? container.decode([String: AnswerValue].self) {
            self = .object(value)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "an answer is a string, number, boolean, list or object"))
        }
    }

    /// The value as text: numbers without a needless `.0`.
    var text: String? {
        switch self {
        case .text(let text): return text
        case .number(let number): return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool(let value): return value ? "true" : "false"
        case .list, .object: return nil
        }
    }
}
