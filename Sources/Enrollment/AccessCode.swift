/// A learner's access code: 12 symbols from an alphabet without look-alikes (no 0/O, 1/I/l, L),
/// shown in groups of four (`K7RM-P4QX-9TZA`). 31 symbols, 12 of them: 59 bits of entropy.
package struct AccessCode: Sendable, Equatable, CustomStringConvertible {
    /// The alphabet: digits 2–9 and capital letters but I, L and O.
    package static let alphabet: [Character] = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    package static let length = 12

    /// The 12 symbols, without separators: what is hashed.
    package let symbols: String

    /// A new random code from the system's cryptographic generator (getrandom on Linux).
    package static func random() -> AccessCode {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    package static func random(using generator: inout some RandomNumberGenerator) -> AccessCode {
        var symbols = ""
        for _ in 0..<length {
            symbols.append(alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))])
        }
        return AccessCode(symbols: symbols)
    }

    private init(symbols: String) {
        self.symbols = symbols
    }

    /// A code as a learner typed it: case, spaces and dashes do not matter. Nil when it cannot
    /// be a code (wrong length or a symbol outside the alphabet).
    package init?(typed: String) {
        var symbols = ""
        for typedCharacter in typed.uppercased() where typedCharacter != "-" && !typedCharacter.isWhitespace {
            // A code typed on a Cyrillic layout: the capital letters that look like its Latin ones.
            let character = AccessCode.cyrillicLookAlikes[typedCharacter] ?? typedCharacter
            guard AccessCode.alphabet.contains(character) else { return nil }
            symbols.append(character)
        }
        guard symbols.count == AccessCode.length else { return nil }
        self.symbols = symbols
    }

    /// Cyrillic capitals that look like letters of the alphabet.
    static let cyrillicLookAlikes: [Character: Character] = [
        "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M", "Р": "P", "Т": "T", "Х": "X", "У": "Y",
    ]

    /// Grouped by four: `K7RM-P4QX-9TZA`.
    package var description: String {
        var grouped = ""
        for (index, character) in symbols.enumerated() {
            if index > 0 && index % 4 == 0 { grouped.append("-") }
            grouped.append(character)
        }
        return grouped
    }
}
