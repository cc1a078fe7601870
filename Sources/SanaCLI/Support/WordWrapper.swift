/// Wraps plain text by words to a terminal's width, in any script: the first line after `first`,
/// the others after `rest` (a hanging indent), widths counted in columns (wide characters 2,
/// combining marks 0). A line break in the text starts a new line after `rest`; a word wider than
/// a whole line is the only thing broken inside.
struct WordWrapper: Sendable {
    let width: Int

    init(width: Int) {
        self.width = max(20, width)
    }

    func wrap(_ text: String, first: String = "", rest: String? = nil) -> [String] {
        let rest = rest ?? String(repeating: " ", count: WordWrapper.columns(first))
        var lines: [String] = []
        var prefix = first
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = prefix
            var used = WordWrapper.columns(prefix)
            var empty = true
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = Substring(word)
                var size = WordWrapper.columns(word)
                if !empty, used + 1 + size > width {
                    lines.append(line)
                    line = rest
                    used = WordWrapper.columns(rest)
                    empty = true
                }
                // A word longer than a line: as much as fits, then the rest on lines of its own.
                while used + (empty ? 0 : 1) + size > width, size > 0 {
                    let room = max(1, width - used - (empty ? 0 : 1))
                    var taken = 0
                    var split = word.startIndex
                    for index in word.indices {
                        let next = taken + WordWrapper.columns(of: word[index])
                        if next > room, split != word.startIndex { break }
                        taken = next
                        split = word.index(after: index)
                    }
                    line += (empty ? "" : " ") + word[..<split]
                    lines.append(line)
                    line = rest
                    used = WordWrapper.columns(rest)
                    empty = true
                    word = word[split...]
                    size = WordWrapper.columns(word)
                }
                if size > 0 {
                    line += (empty ? "" : " ") + word
                    used += (empty ? 0 : 1) + size
                    empty = false
                }
            }
            lines.append(line)
            prefix = rest
        }
        return lines
    }

    /// Columns `text` takes on a terminal (ANSI escapes take none).
    static func columns(_ text: some StringProtocol) -> Int {
        TerminalMarkdown.displayWidth(String(text))
    }

    /// A letter with combining marks (и + ̆) is one character: the base letter's columns.
    static func columns(of character: Character) -> Int {
        TerminalMarkdown.width(of: character)
    }
}
