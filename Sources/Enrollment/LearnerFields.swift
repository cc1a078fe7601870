import Foundation
import SanaStore

/// The rules every learner field follows, wherever it comes from (a roster row, `sana learner add`):
/// trimmed, NFC-normalized, at most 100 characters, no control characters.
public enum LearnerFields {
    public static let nameLimit = 100

    /// A required or optional name: returns the normalized value, nil for an empty optional one.
    public static func name(_ raw: String, field: String, required: Bool) throws(FieldProblem) -> String? {
        let value = normalized(raw)
        if value.isEmpty {
            if required { throw .missing(field: field) }
            return nil
        }
        if hasControlCharacter(value) { throw .controlCharacter(field: field) }
        if value.utf8.count > nameLimit && value.unicodeScalars.count > nameLimit { throw .tooLong(field: field, limit: nameLimit) }
        if value.utf8.contains(UInt8(ascii: "?")) || value.unicodeScalars.contains("\u{FFFD}") {
            throw .lostLetters(field: field, value: value)
        }
        return value
    }

    /// Free text such as faculty or group: like a name, but '?' is allowed unless `lettersOnly`
    /// (a university's name, where '?' means letters lost in a non-Unicode export).
    /// Lengths count Unicode scalars, as SQLite's length() does.
    public static func text(_ raw: String, field: String, limit: Int, lettersOnly: Bool = false) throws(FieldProblem) -> String? {
        let value = normalized(raw)
        if value.isEmpty { return nil }
        if hasControlCharacter(value) { throw .controlCharacter(field: field) }
        if value.utf8.count > limit && value.unicodeScalars.count > limit { throw .tooLong(field: field, limit: limit) }
        if value.unicodeScalars.contains("\u{FFFD}") || (lettersOnly && value.utf8.contains(UInt8(ascii: "?"))) {
            throw .lostLetters(field: field, value: value)
        }
        return value
    }

    /// An optional e-mail address; the domain is lower-cased.
    public static func email(_ raw: String) throws(FieldProblem) -> String? {
        let value = normalized(raw)
        if value.isEmpty { return nil }
        let bytes = Array(value.utf8)
        guard bytes.count <= 254, let at = bytes.firstIndex(of: UInt8(ascii: "@")), bytes.lastIndex(of: UInt8(ascii: "@")) == at else {
            throw .badEmail(value)
        }
        let local = bytes[..<at], domain = bytes[(at + 1)...].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        guard (1...64).contains(local.count), local.allSatisfy({ emailLocalBytes[Int($0)] }),
              local.first != UInt8(ascii: "."), local.last != UInt8(ascii: "."),
              !zip(local, local.dropFirst()).contains(where: { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") })
        else { throw .badEmail(value) }
        let labels = domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count >= 2,
              labels.allSatisfy({ label in
                  (1...63).contains(label.count) && label.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
                      && label.first != UInt8(ascii: "-") && label.last != UInt8(ascii: "-")
              }),
              let tld = labels.last, tld.count >= 2, tld.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
        else { throw .badEmail(value) }
        return String(decoding: local, as: UTF8.self) + "@" + String(decoding: domain, as: UTF8.self)
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Bytes allowed in the local part of an address (RFC 5322 atext and '.').
    private static let emailLocalBytes: [Bool] = (0..<256).map { byte in
        let scalar = Unicode.Scalar(UInt8(byte))
        return (byte < 128) && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "!#$%&'*+/=?^_`{|}~-.".unicodeScalars.contains(scalar))
    }

    /// A learner's language: kk, ru or en (also accepts the languages' names); nil when empty.
    public static func locale(_ raw: String) throws(FieldProblem) -> String? {
        let value = normalized(raw).lowercased()
        switch value {
        case "": return nil
        case "kk", "kz", "kaz", "kazakh", "қазақ", "қазақша", "казахский", "каз": return "kk"
        case "ru", "rus", "russian", "орыс", "орысша", "русский", "рус": return "ru"
        case "en", "eng", "english", "ағылшын", "ағылшынша", "английский", "англ": return "en"
        default: throw .badLocale(value)
        }
    }

    /// Trimmed, inner runs of white space folded to one space, NFC.
    public static func normalized(_ raw: String) -> String {
        var needsNFC = false
        var needsFolding = false
        var previousSpace = true
        for scalar in raw.unicodeScalars {
            let value = scalar.value
            let space = isSpace(scalar)
            if space && (previousSpace || value != 0x20) { needsFolding = true }
            previousSpace = space
            if value >= 0x300 && !isComposedCyrillic(value) { needsNFC = true }
        }
        if previousSpace && !raw.isEmpty { needsFolding = true }
        if !needsNFC && !needsFolding { return raw }
        let composed = needsNFC ? raw.precomposedStringWithCanonicalMapping : raw
        if !needsFolding { return composed }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in composed.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// Space, tab and the other Unicode white space (the no-break space Excel likes), not line breaks:
    /// those are control characters, and rejected.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Cyrillic letters (Russian and Kazakh) are already in NFC: no need to ask Foundation.
    private static func isComposedCyrillic(_ value: UInt32) -> Bool {
        (0x0400...0x0482).contains(value) || (0x048A...0x052F).contains(value)
    }

    /// Control characters, and invisible format characters that would let two names look alike
    /// or a name display reversed.
    static func hasControlCharacter(_ value: String) -> Bool {
        value.unicodeScalars.contains(where: \.isControlOrInvisible)
    }

    /// The key institutions and cohorts are matched by: normalized and case-folded.
    public static func key(_ raw: String) -> String {
        normalized(raw).lowercased()
    }
}
