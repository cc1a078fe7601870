/// GIFT's escapes: `\~ \= \# \{ \} \: \\` stand for the character itself, `\n` for a line break.
enum GIFTText {
    static let special: Set<Character> = ["~", "=", "#", "{", "}", ":", "\\"]

    /// The first unescaped occurrence of `pattern` in `c[from..<to]`.
    static func find(_ pattern: [Character], in c: [Character], from: Int, to: Int) -> Int? {
        var i = from
        while i + pattern.count <= to {
            if c[i] == "\\" { i += 2; continue }
            if c[i] == pattern[0], Array(c[i..<(i + pattern.count)]) == pattern { return i }
            i += 1
        }
        return nil
    }

    /// Ranges of `c[from..<to]` between unescaped `separator`s.
    static func split(_ c: [Character], at separator: Character, from: Int, to: Int) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = from
        var i = from
        while i < to {
            if c[i] == "\\" { i += 2; continue }
            if c[i] == separator {
                parts.append(start..<i)
                start = i + 1
            }
            i += 1
        }
        parts.append(start..<to)
        return parts
    }

    static func unescape(_ slice: ArraySlice<Character>) -> String {
        var out = ""
        var i = slice.startIndex
        while i < slice.endIndex {
            let character = slice[i]
            if character == "\\", i + 1 < slice.endIndex {
                let next = slice[i + 1]
                if special.contains(next) {
                    out.append(next)
                    i += 2
                    continue
                }
                if next == "n" {
                    out.append("\n")
                    i += 2
                    continue
                }
            }
            out.append(character)
            i += 1
        }
        return out
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if special.contains(character) {
                out.append("\\")
                out.append(character)
            } else if character == "\n" {
                out += "\\n"
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// Trimmed text, or nil when nothing is left.
    static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
