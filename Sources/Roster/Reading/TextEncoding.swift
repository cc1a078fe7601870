import SanaCSV
/// The character encodings roster files arrive in.
package enum TextEncoding: String, Sendable, Codable, Equatable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case cp1251
    case kz1048

    /// What `--encoding` accepts besides `auto`.
    package static let forceable: [TextEncoding] = [.utf8, .cp1251, .kz1048]

    /// The Unicode encodings, decided from the file's first bytes: a UTF-8 or UTF-16 byte-order
    /// mark, else valid UTF-8. Returns the encoding and the BOM's length; nil for anything else,
    /// a single-byte code page (CP1251 or KZ-1048), which `EncodingEvidence` decides.
    package static func detectUnicode(_ prefix: [UInt8], isWholeFile: Bool) -> (encoding: TextEncoding, bomLength: Int)? {
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if prefix.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if prefix.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        if UTF8Validation.isValid(prefix, allowTruncatedEnd: !isWholeFile) { return (.utf8, 0) }
        return nil
    }

    /// The byte-order mark length a forced encoding skips (only UTF-8 can be forced).
    func bomLength(in prefix: [UInt8]) -> Int {
        self == .utf8 && prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }
}
