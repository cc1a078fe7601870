import Foundation
import SanaStore

/// The rules every learner field follows, wherever it comes from (a roster row, `sana learner add`):
/// trimmed, NFC-normalized, at most 100 characters, no control characters.
package enum LearnerFields {
    package static let nameLimit = 100

    /// The first name of a person who has one name only (the single-name rule): the name is the
    /// last name (the primary identifier, as ICAO 9303 puts a single name), and the first name,
    /// which the store requires, holds this dash. Rosters and `learner add` mark such a person with
    /// `-`, `–` or `—` as the first name, or with a one-word full name (ФИО); displays leave it out.
    package static let singleNameMarker = "—"

    /// Whether a first name as given means "no first name" (the single-name rule).
    package static func isSingleNameMarker(_ text: String) -> Bool {
        // By bytes: String's == would normalize every Cyrillic first name of a roster to compare it.
        text.utf8.count <= 3 && (text.utf8.elementsEqual("-".utf8) || text.utf8.elementsEqual("–".utf8) || text.utf8.elementsEqual("—".utf8))
    }

    /// A required or optional name: returns the normalized value, nil for an empty optional one.
    package static func name(_ raw: String, field: String, required: Bool) throws(FieldProblem) -> String? {
        try name(NormalizedText(raw), field: field, required: required)
    }

    /// `name(_:field:required:)` of a value already normalized.
    package static func name(_ text: NormalizedText, field: String, required: Bool) throws(FieldProblem) -> String? {
        let scan = text.scan
        if scan.bytes == 0 {
            if required { throw .missing(field: field) }
            return nil
        }
        if scan.hasControl { throw .controlCharacter(field: field) }
        if scan.bytes > nameLimit && scan.scalars > nameLimit { throw .tooLong(field: field, limit: nameLimit) }
        if scan.hasQuestionMark || scan.hasReplacement {
            throw .lostLetters(field: field, value: text.value)
        }
        return text.value
    }

    /// Free text such as faculty or group: like a name, but '?' is allowed unless `lettersOnly`
    /// (a university's name, where '?' means letters lost in a non-Unicode export).
    /// Lengths count Unicode scalars, as SQLite's length() does.
    package static func text(_ raw: String, field: String, limit: Int, lettersOnly: Bool = false) throws(FieldProblem) -> String? {
        try text(NormalizedText(raw), field: field, limit: limit, lettersOnly: lettersOnly)
    }

    /// `text(_:field:limit:lettersOnly:)` of a value already normalized.
    package static func text(_ text: NormalizedText, field: String, limit: Int, lettersOnly: Bool = false) throws(FieldProblem) -> String? {
        let scan = text.scan
        if scan.bytes == 0 { return nil }
        if scan.hasControl { throw .controlCharacter(field: field) }
        if scan.bytes > limit && scan.scalars > limit { throw .tooLong(field: field, limit: limit) }
        if scan.hasReplacement || (lettersOnly && scan.hasQuestionMark) {
            throw .lostLetters(field: field, value: text.value)
        }
        return text.value
    }

    /// The most characters of a student number (the store's CHECK says the same).
    package static let studentNumberLimit = 64

    /// The university's own identifier of the student (номер зачётной книжки, a student ID):
    /// optional, trimmed, 1 to 64 characters, no control characters; any letters, digits and signs.
    package static func studentNumber(_ raw: String) throws(FieldProblem) -> String? {
        try studentNumber(NormalizedText(raw))
    }

    /// `studentNumber(_:)` of a value already normalized.
    package static func studentNumber(_ text: NormalizedText) throws(FieldProblem) -> String? {
        try self.text(text, field: "student number", limit: studentNumberLimit)
    }

    /// An optional e-mail address; the domain is lower-cased.
    package static func email(_ raw: String) throws(FieldProblem) -> String? {
        try email(NormalizedText(raw))
    }

    /// `email(_:)` of a value already normalized: returned as it is unless its domain has capitals.
    package static func email(_ text: NormalizedText) throws(FieldProblem) -> String? {
        if text.isEmpty { return nil }
        var value = text.value
        let lowered = value.withUTF8 { emailDomainLowered($0) }
        guard let lowered else { throw .badEmail(text.value) }
        return lowered ?? text.value
    }

    /// Checks an address's bytes: nil when it is not valid; else the address with its domain
    /// lower-cased, or .some(nil) when it has no capitals to lower.
    private static func emailDomainLowered(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        let dot = UInt8(ascii: "."), hyphen = UInt8(ascii: "-"), atSign = UInt8(ascii: "@")
        guard bytes.count <= 254, let at = bytes.firstIndex(of: atSign), bytes.lastIndex(of: atSign) == at else {
            return nil
        }
        // The local part: 1 to 64 characters of atext and dots, no dot first, last or twice in a row.
        guard (1...64).contains(at), bytes[0] != dot, bytes[at - 1] != dot else { return nil }
        var previous: UInt8 = 0
        for index in 0..<at {
            let byte = bytes[index]
            guard emailLocalBytes[Int(byte)], !(byte == dot && previous == dot) else { return nil }
            previous = byte
        }
        // The domain, lower-cased: two labels or more of 1 to 63 of [a-z0-9-], no hyphen first or
        // last, the last one (the TLD) two letters or more.
        var hasCapitals = false
        var labels = 0
        var labelStart = at + 1
        var tldIsLetters = true
        for index in (at + 1)...bytes.count {
            if index < bytes.count, bytes[index] != dot {
                var byte = bytes[index]
                if byte >= 65 && byte <= 90 {
                    byte += 32
                    hasCapitals = true
                }
                guard isLowerAlphanumeric(byte) || byte == hyphen else { return nil }
                if !(byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) { tldIsLetters = false }
                continue
            }
            let length = index - labelStart
            guard (1...63).contains(length), bytes[labelStart] != hyphen, bytes[index - 1] != hyphen else { return nil }
            labels += 1
            if index == bytes.count {
                guard labels >= 2, length >= 2, tldIsLetters else { return nil }
            }
            labelStart = index + 1
            tldIsLetters = true
        }
        guard hasCapitals else { return .some(nil) }
        let local = UnsafeBufferPointer(rebasing: bytes[..<at])
        let domain = bytes[(at + 1)...].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
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
    package static func locale(_ raw: String) throws(FieldProblem) -> String? {
        try locale(NormalizedText(raw))
    }

    /// `locale(_:)` of a value already normalized.
    package static func locale(_ text: NormalizedText) throws(FieldProblem) -> String? {
        if text.isEmpty { return nil }
        let value = text.value.lowercased()
        switch value {
        case "": return nil
        case "kk", "kz", "kaz", "kazakh", "қазақ", "қазақша", "казахский", "каз": return "kk"
        case "ru", "rus", "russian", "орыс", "орысша", "русский", "рус": return "ru"
        case "en", "eng", "english", "ағылшын", "ағылшынша", "английский", "англ": return "en"
        default: throw .badLocale(value)
        }
    }

    /// Trimmed, inner runs of white space folded to one space, NFC.
    package static func normalized(_ raw: String) -> String {
        let scan = FieldScan(raw)
        return scan.isNormalized ? raw : normalize(raw, scan)
    }

    /// `normalized` of text whose scan says it needs folding or composing.
    static func normalize(_ raw: String, _ scan: FieldScan) -> String {
        let composed = scan.needsNFC ? raw.precomposedStringWithCanonicalMapping : raw
        if !scan.needsFolding { return composed }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in composed.unicodeScalars {
            if FieldScan.isSpace(scalar.value) {
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

    /// The key institutions and cohorts are matched by: normalized and case-folded.
    package static func key(_ raw: String) -> String {
        normalized(raw).lowercased()
    }
}
