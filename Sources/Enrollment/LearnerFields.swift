import Foundation

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
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .controlCharacter(field: field)
        }
        if value.count > nameLimit { throw .tooLong(field: field, limit: nameLimit) }
        if value.contains("?") { throw .lostLetters(field: field, value: value) }
        return value
    }

    /// Free text such as faculty or group: like a name, but '?' is allowed.
    public static func text(_ raw: String, field: String, limit: Int) throws(FieldProblem) -> String? {
        let value = normalized(raw)
        if value.isEmpty { return nil }
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .controlCharacter(field: field)
        }
        if value.count > limit { throw .tooLong(field: field, limit: limit) }
        return value
    }

    /// An optional e-mail address; the domain is lower-cased.
    public static func email(_ raw: String) throws(FieldProblem) -> String? {
        let value = normalized(raw)
        if value.isEmpty { return nil }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, value.count <= 254 else { throw .badEmail(value) }
        let local = parts[0], domain = parts[1].lowercased()
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
        guard (1...64).contains(local.count), local.allSatisfy(localAllowed.contains),
              !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..")
        else { throw .badEmail(value) }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        let labelAllowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        guard labels.count >= 2,
              labels.allSatisfy({ (1...63).contains($0.count) && $0.allSatisfy(labelAllowed.contains) && !$0.hasPrefix("-") && !$0.hasSuffix("-") }),
              let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter)
        else { throw .badEmail(value) }
        return "\(local)@\(domain)"
    }

    /// A learner's language: kk, ru or en (also accepts the languages' names); nil when empty.
    public static func locale(_ raw: String) throws(FieldProblem) -> String? {
        let value = normalized(raw).lowercased()
        switch value {
        case "": return nil
        case "kk", "kz", "kaz", "kazakh", "қазақ", "қазақша", "казахский", "каз": return "kk"
        case "ru", "rus", "russian", "орыс", "орысша", "русский", "рус": return "ru"
        case "en", "eng", "english", "ағылшын", "английский", "англ": return "en"
        default: throw .badLocale(value)
        }
    }

    /// Trimmed, inner runs of white space folded to one space, NFC.
    public static func normalized(_ raw: String) -> String {
        var out = ""
        var pendingSpace = false
        for character in raw.precomposedStringWithCanonicalMapping {
            if character.isWhitespace && !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\t" }) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(character)
        }
        return out
    }

    /// The key institutions and cohorts are matched by: normalized and case-folded.
    public static func key(_ raw: String) -> String {
        normalized(raw).lowercased()
    }
}
