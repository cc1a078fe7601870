/// Strict UTF-8 validation, fast on the text rosters are (ASCII eight bytes at a time, Cyrillic and
/// Kazakh letters two bytes at a time): what the CSV reader's fields and the encoding detection use.
package enum UTF8Validation {
    package static func isValid(_ bytes: [UInt8], allowTruncatedEnd: Bool) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0, allowTruncatedEnd: allowTruncatedEnd) }
    }

    /// Strict UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    package static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, allowTruncatedEnd: Bool = false) -> Bool {
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
