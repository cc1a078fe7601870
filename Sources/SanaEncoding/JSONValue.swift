/// A JSON value with a deterministic serialization (keys sorted by their UTF-8 bytes, no
/// whitespace, `/` not escaped, non-ASCII text kept as UTF-8), so a signed payload is reproducible.
package enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    package subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    package var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    package var integerValue: Int64? {
        switch self {
        case .integer(let value): return value
        case .number(let value) where value.rounded() == value && abs(value) < 9e15: return Int64(value)
        default: return nil
        }
    }

    package var doubleValue: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        default: return nil
        }
    }

    package var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    package var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    package var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// A string or an array of strings, as JSON-LD `type` and `@context` are written.
    package var stringList: [String]? {
        switch self {
        case .string(let text): return [text]
        case .array(let items):
            let texts = items.compactMap(\.stringValue)
            return texts.count == items.count ? texts : nil
        default: return nil
        }
    }

    /// The deterministic UTF-8 serialization.
    package var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(to: &out)
        return out
    }

    package var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    package func write(to out: inout [UInt8]) {
        switch self {
        case .null: out += [110, 117, 108, 108]
        case .bool(let value): out += value ? Array("true".utf8) : Array("false".utf8)
        case .integer(let value): out += Array(String(value).utf8)
        case .number(let value):
            if value.rounded() == value && abs(value) < 9e15 {
                out += Array(String(Int64(value)).utf8)
            } else {
                out += Array(String(value).utf8)
            }
        case .string(let text): JSONValue.writeString(text, to: &out)
        case .array(let items):
            out.append(91)
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(44) }
                item.write(to: &out)
            }
            out.append(93)
        case .object(let members):
            out.append(123)
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                if index > 0 { out.append(44) }
                JSONValue.writeString(key, to: &out)
                out.append(58)
                members[key]!.write(to: &out)
            }
            out.append(125)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(34)
        writeEscaped(text, to: &out)
        out.append(34)
    }

    /// The string's JSON escaping, without the quotes.
    package static func writeEscaped(_ text: String, to out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case 34: out += [92, 34]
            case 92: out += [92, 92]
            case 10: out += [92, 110]
            case 13: out += [92, 114]
            case 9: out += [92, 116]
            case 8: out += [92, 98]
            case 12: out += [92, 102]
            case 0..<32: out += [92, 117, 48, 48, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 15)]]
            default: out.append(byte)
            }
        }
    }
}
