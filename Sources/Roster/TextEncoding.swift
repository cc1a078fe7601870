/// The character encodings roster files arrive in.
public enum TextEncoding: String, Sendable, Codable, Equatable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case cp1251
    case kz1048

    /// What `--encoding` accepts besides `auto`.
    public static let forceable: [TextEncoding] = [.utf8, .cp1251, .kz1048]

    /// The Unicode encodings, decided from the file's first bytes: a UTF-8 or UTF-16 byte-order
    /// mark, else valid UTF-8. Returns the encoding and the BOM's length; nil for anything else,
    /// a single-byte code page (CP1251 or KZ-1048), which `EncodingEvidence` decides.
    public static func detectUnicode(_ prefix: [UInt8], isWholeFile: Bool) -> (encoding: TextEncoding, bomLength: Int)? {
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if prefix.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if prefix.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        if isValidUTF8(prefix, allowTruncatedEnd: !isWholeFile) { return (.utf8, 0) }
        return nil
    }

    /// The byte-order mark length a forced encoding skips (only UTF-8 can be forced).
    func bomLength(in prefix: [UInt8]) -> Int {
        self == .utf8 && prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    static func isValidUTF8(_ bytes: [UInt8], allowTruncatedEnd: Bool) -> Bool {
        bytes.withUnsafeBufferPointer { isValidUTF8($0, allowTruncatedEnd: allowTruncatedEnd) }
    }

    /// Strict UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, allowTruncatedEnd: Bool = false) -> Bool {
        var i = 0
        let n = bytes.count
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        while i < n {
            // Eight ASCII bytes at a time.
            while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            if i >= n { break }
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            // Two-byte letters (Cyrillic, Kazakh) at once.
            if b >= 0xC2 && b < 0xE0 && i + 1 < n && bytes[i + 1] & 0xC0 == 0x80 {
                i += 2
                continue
            }
            let length: Int
            if b & 0xE0 == 0xC0, b >= 0xC2 { length = 2 }
            else if b & 0xF0 == 0xE0 { length = 3 }
            else if b & 0xF8 == 0xF0, b <= 0xF4 { length = 4 }
            else { return false }
            if i + length > n { return allowTruncatedEnd }
            for j in 1..<length where bytes[i + j] & 0xC0 != 0x80 { return false }
            if length == 3 {
                let second = bytes[i + 1]
                if (b == 0xE0 && second < 0xA0) || (b == 0xED && second >= 0xA0) { return false }  // overlong, surrogate
            } else if length == 4 {
                let second = bytes[i + 1]
                if (b == 0xF0 && second < 0x90) || (b == 0xF4 && second >= 0x90) { return false }  // overlong, > U+10FFFF
            }
            i += length
        }
        return true
    }
}
