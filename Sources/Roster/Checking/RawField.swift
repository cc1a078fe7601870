import Enrollment

/// One field of a row as the learner rules read it: the file's bytes (valid UTF-8, borrowed from
/// the batch being checked), or text when a formula guard was removed from it.
enum RawField {
    case bytes(UnsafeBufferPointer<UInt8>)
    case text(String)

    static var empty: RawField { .text("") }

    /// The field, with a formula guard (`'=...`, as sana's exports write it) removed.
    init(unescaping bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.first == UInt8(ascii: "'") {
            self = .text(RowValidator.unescapeFormula(String(decoding: bytes, as: UTF8.self)))
        } else {
            self = .bytes(bytes)
        }
    }

    var isEmpty: Bool {
        switch self {
        case .bytes(let bytes): return bytes.isEmpty
        case .text(let text): return text.isEmpty
        }
    }

    var string: String {
        switch self {
        case .bytes(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .text(let text): return text
        }
    }

    var normalized: NormalizedText {
        switch self {
        case .bytes(let bytes): return NormalizedText(utf8: bytes)
        case .text(let text): return NormalizedText(text)
        }
    }

    func iin() throws(IIN.Problem) -> IIN.Reading {
        switch self {
        case .bytes(let bytes): return try IIN.read(utf8: bytes)
        case .text(let text): return try IIN.read(text)
        }
    }
}
