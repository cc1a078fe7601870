import Foundation

extension ShortAnswer {
    /// The form short answers are compared in: Unicode NFC, full case folding, and whitespace
    /// folding (trimmed, every run of whitespace one space). `Жасанды  Интеллект` and
    /// `жасанды интеллект` fold alike, and so do precomposed and decomposed `ә`.
    public static func fold(_ text: String) -> String {
        // Case folding as lower(upper(x)): maps ß to ss and final ς to σ, as Unicode's full folding does.
        let cased = text.precomposedStringWithCanonicalMapping.uppercased().lowercased().precomposedStringWithCanonicalMapping
        var out = ""
        out.reserveCapacity(cased.utf8.count)
        var pendingSpace = false
        for character in cased {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(character)
        }
        return out
    }

    /// Whether a learner's response matches this accepted answer.
    public func accepts(_ response: String) -> Bool {
        ShortAnswer.fold(response) == ShortAnswer.fold(text)
    }
}
