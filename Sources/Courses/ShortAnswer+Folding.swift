import Foundation

extension ShortAnswer {
    /// The form short answers are compared in (the table is in courses/README.md):
    /// - Unicode compatibility forms (NFKC: full-width letters, ligatures, non-breaking and other
    ///   spaces) and full case folding;
    /// - whitespace: trimmed, every run of it one space;
    /// - hyphens and dashes dropped with the spaces around them: `deep-fake` = `deepfake`;
    /// - punctuation and quotes at either end dropped: `промпт.`, `«Turing test»`;
    /// - `ё` as `е`;
    /// - look-alike letters in a word that mixes Latin and Cyrillic (as typists switching layouts
    ///   write): made all Cyrillic when every Latin letter in it has a Cyrillic twin (`бiржақтылық`
    ///   with a Latin `i` is `біржақтылық`), else all Latin when every Cyrillic letter has a Latin
    ///   twin (`Тuring` with a Cyrillic `Т` is `turing`). In Kazakh, `h` is `һ`; in the other
    ///   languages it is the `н` an uppercase `H` looks like. A word in one script stays as it is.
    package static func fold(_ text: String) -> String {
        fold(text, language: nil)
    }

    /// `fold(_:)` with the look-alikes of `language` (Kazakh `һ`).
    package static func fold(_ text: String, language: Language?) -> String {
        // Case folding as lower(upper(x)): maps ß to ss and final ς to σ, as Unicode's full folding does.
        let cased = text.precomposedStringWithCompatibilityMapping.uppercased().lowercased().precomposedStringWithCanonicalMapping
        var words: [String] = []
        var word = ""
        var joinNext = false
        func endWord() {
            guard !word.isEmpty else { return }
            if joinNext, !words.isEmpty {
                words[words.count - 1] += word
            } else {
                words.append(word)
            }
            word = ""
            joinNext = false
        }
        for character in cased {
            if character.unicodeScalars.allSatisfy(\.isInvisibleSpace) {
                continue
            } else if character.isWhitespace {
                endWord()
            } else if ShortAnswer.dashes.contains(character) {
                // A hyphen joins what is on either side of it, spaces around it or not.
                if !word.isEmpty {
                    words.append(word)
                    word = ""
                }
                joinNext = !words.isEmpty
            } else {
                if word.isEmpty, joinNext, !words.isEmpty {
                    word = words.removeLast()
                    joinNext = false
                }
                word.append(character == "ё" ? "е" : character)
            }
        }
        endWord()
        let cyrillicLetters = cased.unicodeScalars.filter { (0x0400...0x04FF).contains($0.value) && $0.properties.isAlphabetic }.count
        let latinLetters = cased.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.count
        let dominant: Script = cyrillicLetters > latinLetters ? .cyrillic : .latin
        let joined = words.map { canonicalScript($0, language: language, dominant: dominant) }.joined(separator: " ")
        return trimmingEndPunctuation(joined)
    }

    /// Text folded for finding words in it (CueCheck's leaks): NFC, full case folding and runs of
    /// whitespace as one space, punctuation and hyphens kept, so `prompt-injection` still holds
    /// the word `prompt`. Answers are compared with `fold`, which drops them.
    package static func textFold(_ text: String) -> String {
        let cased = text.precomposedStringWithCanonicalMapping.uppercased().lowercased().precomposedStringWithCanonicalMapping
        return cased.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether a learner's response matches this accepted answer, folded for `language`.
    package func accepts(_ response: String, language: Language? = nil) -> Bool {
        ShortAnswer.fold(response, language: language) == ShortAnswer.fold(text, language: language)
    }

    static let dashes: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE63}", "\u{FF0D}", "\u{00AD}"]

    /// Latin letters and the Cyrillic letters they look like (lowercase, after case folding: `t`,
    /// `m`, `b` and `h` look like `Т`, `М`, `В` and `Н` in capitals).
    static let latinToCyrillic: [Character: Character] = [
        "a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "i": "і", "k": "к", "m": "м", "o": "о",
        "p": "р", "t": "т", "x": "х", "y": "у", "ə": "ә", "ɵ": "ө",
    ]
    static let kazakhLatinToCyrillic: [Character: Character] = latinToCyrillic.merging(["h": "һ"]) { $1 }
    static let cyrillicToLatin: [Character: Character] = Dictionary(
        latinToCyrillic.map { ($1, $0) } + [("һ", "h"), ("ј", "j"), ("ѕ", "s")], uniquingKeysWith: { first, _ in first })

    enum Script {
        case latin, cyrillic
    }

    /// A word in one script: a word mixing Latin and Cyrillic letters made all one when its odd
    /// letters have twins in the other script; a word made only of letters that have twins (`c`
    /// in `обучение c учителем`) written in the answer's `dominant` script.
    static func canonicalScript(_ word: String, language: Language?, dominant: Script) -> String {
        var latin = false
        var cyrillic = false
        for scalar in word.unicodeScalars {
            if scalar.properties.isAlphabetic {
                if (0x0400...0x04FF).contains(scalar.value) { cyrillic = true }
                else if scalar.isASCII || (0x0250...0x02AF).contains(scalar.value) { latin = true }
            }
        }
        if latin != cyrillic {
            // One script: only a word of twins in a text mostly in the other script changes.
            guard (latin && dominant == .cyrillic) || (cyrillic && dominant == .latin) else { return word }
        } else if !latin {
            return word
        }
        let toCyrillic = language == .kk ? kazakhLatinToCyrillic : latinToCyrillic
        func isLatinLetter(_ c: Character) -> Bool {
            c.unicodeScalars.allSatisfy { $0.isASCII || (0x0250...0x02AF).contains($0.value) } && c.isLetter
        }
        func isCyrillic(_ c: Character) -> Bool {
            c.unicodeScalars.allSatisfy { (0x0400...0x04FF).contains($0.value) }
        }
        let cyrillicFirst = dominant == .cyrillic
        for target in cyrillicFirst ? [Script.cyrillic, .latin] : [.latin, .cyrillic] {
            switch target {
            case .cyrillic where latin && word.allSatisfy({ !isLatinLetter($0) || toCyrillic[$0] != nil }):
                return String(word.map { isLatinLetter($0) ? toCyrillic[$0]! : $0 })
            case .latin where cyrillic && word.allSatisfy({ !isCyrillic($0) || cyrillicToLatin[$0] != nil }):
                return String(word.map { isCyrillic($0) ? cyrillicToLatin[$0]! : $0 })
            default:
                continue
            }
        }
        return word
    }

    static func trimmingEndPunctuation(_ text: String) -> String {
        func isEnd(_ c: Character) -> Bool {
            c == " " || c.unicodeScalars.allSatisfy { $0.properties.generalCategory.isPunctuation || $0 == "`" }
        }
        var result = Substring(text)
        while let first = result.first, isEnd(first) { result = result.dropFirst() }
        while let last = result.last, isEnd(last) { result = result.dropLast() }
        return String(result)
    }
}

extension Unicode.GeneralCategory {
    fileprivate var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}

extension Unicode.Scalar {
    /// Zero-width spaces and joiners that NFKC keeps: they separate nothing a reader can see.
    fileprivate var isInvisibleSpace: Bool {
        value == 0x200B || value == 0x2060 || value == 0xFEFF
    }
}
