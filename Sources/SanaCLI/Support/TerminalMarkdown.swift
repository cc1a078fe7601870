/// Renders lesson Markdown for a terminal: headings, paragraphs wrapped to `width`, bullet and
/// numbered lists (nested), block quotes, fenced code blocks (never wrapped), rules and tables
/// (kept as written), `**bold**`, `*emphasis*`, `` `code` `` and `[links](url)`.
///
/// With `styled`, headings and bold are bold and emphasis is underlined (ANSI); without it the
/// output is plain text: markers dropped, headings underlined with `=` or `-`.
struct TerminalMarkdown {
    var width: Int
    var styled: Bool

    init(width: Int, styled: Bool) {
        self.width = max(20, width)
        self.styled = styled
    }

    func render(_ markdown: String) -> String {
        let lines = Output.terminalSafe(markdown).split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        var blocks: [[String]] = []
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty {
                blocks.append(wrap(paragraph.joined(separator: " ")))
                paragraph = []
            }
        }
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                let fence = String(trimmed.prefix(3))
                var code: [String] = []
                i += 1
                while i < lines.count, !lines[i].trimmingCharacters(in: .whitespaces).hasPrefix(fence) {
                    code.append("    " + lines[i])
                    i += 1
                }
                i += 1
                blocks.append(code)
                continue
            }
            if trimmed.isEmpty {
                flush()
                i += 1
                continue
            }
            if let level = TerminalMarkdown.headingLevel(trimmed) {
                flush()
                blocks.append(heading(String(trimmed.dropFirst(level).drop { $0 == " " }), level: level))
                i += 1
                continue
            }
            if TerminalMarkdown.isRule(trimmed) {
                flush()
                blocks.append([String(repeating: styled ? "─" : "-", count: min(width, 60))])
                i += 1
                continue
            }
            if trimmed.hasPrefix(">") {
                flush()
                var quoted: [String] = []
                while i < lines.count, lines[i].trimmingCharacters(in: .whitespaces).hasPrefix(">") {
                    quoted.append(String(lines[i].trimmingCharacters(in: .whitespaces).dropFirst().drop { $0 == " " }))
                    i += 1
                }
                blocks.append(wrap(quoted.joined(separator: " "), first: styled ? "│ " : "> ", rest: styled ? "│ " : "> "))
                continue
            }
            if TerminalMarkdown.listItem(line) != nil {
                flush()
                var rendered: [String] = []
                while i < lines.count, let item = TerminalMarkdown.listItem(lines[i]) {
                    var text = item.text
                    i += 1
                    while i < lines.count {
                        let next = lines[i].trimmingCharacters(in: .whitespaces)
                        if next.isEmpty {
                            // A blank line inside a list continues it when another item follows.
                            if i + 1 < lines.count, TerminalMarkdown.listItem(lines[i + 1]) != nil { i += 1 }
                            break
                        }
                        if TerminalMarkdown.listItem(lines[i]) != nil || TerminalMarkdown.headingLevel(next) != nil || next.hasPrefix("```") { break }
                        text += " " + next
                        i += 1
                    }
                    let indent = String(repeating: " ", count: min(item.depth, 4) * 2)
                    let marker = item.number.map { "\($0). " } ?? (styled ? "• " : "- ")
                    rendered += wrap(text, first: indent + marker, rest: indent + String(repeating: " ", count: marker.count))
                }
                blocks.append(rendered)
                continue
            }
            if trimmed.hasPrefix("|") {
                flush()
                var table: [String] = []
                while i < lines.count, lines[i].trimmingCharacters(in: .whitespaces).hasPrefix("|") {
                    table.append(inline(lines[i].trimmingCharacters(in: .whitespaces)).line)
                    i += 1
                }
                blocks.append(table)
                continue
            }
            paragraph.append(trimmed)
            i += 1
        }
        flush()
        return blocks.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    // MARK: blocks

    static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " ? hashes : nil
    }

    static func isRule(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        guard compact.count >= 3, let first = compact.first, "-*_".contains(first) else { return false }
        return compact.allSatisfy { $0 == first }
    }

    struct ListItem {
        var depth: Int
        var number: Int?
        var text: String
    }

    static func listItem(_ line: String) -> ListItem? {
        let spaces = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(spaces)
        if let first = rest.first, "-*+".contains(first), rest.dropFirst().first == " " {
            if isRule(String(rest)) { return nil }
            return ListItem(depth: spaces / 2, number: nil, text: String(rest.dropFirst(2)).trimmingCharacters(in: .whitespaces))
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let after = rest.dropFirst(digits.count)
        guard let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " else { return nil }
        return ListItem(depth: spaces / 2, number: Int(digits), text: String(after.dropFirst(2)).trimmingCharacters(in: .whitespaces))
    }

    private func heading(_ text: String, level: Int) -> [String] {
        if styled {
            return wrap(text, base: level == 1 ? [.bold, .underline] : [.bold])
        }
        // Plain text marks every level: = and - as Markdown's own setext headings, then ~ and ·.
        let lines = wrap(text)
        let longest = lines.map(TerminalMarkdown.displayWidth).max() ?? 0
        let rule: String = level == 1 ? "=" : level == 2 ? "-" : level == 3 ? "~" : "·"
        return lines + [String(repeating: rule, count: longest)]
    }

    // MARK: inline text

    struct Style: OptionSet, Hashable {
        let rawValue: Int
        static let bold = Style(rawValue: 1)
        static let underline = Style(rawValue: 2)
    }

    struct Styled {
        var characters: [(Character, Style)] = []

        /// Without styles.
        var line: String { String(characters.map(\.0)) }
    }

    /// Parses inline Markdown into characters with styles.
    func inline(_ text: String, base: Style = []) -> Styled {
        let c = Array(text)
        var out = Styled()
        var style = base
        var i = 0
        func closes(_ marker: String, after index: Int) -> Bool {
            let rest = String(c[index...])
            guard let range = rest.range(of: marker) else { return false }
            return range.lowerBound != rest.startIndex
        }
        while i < c.count {
            let ch = c[i]
            let next: Character? = i + 1 < c.count ? c[i + 1] : nil
            if ch == "\\", let next, "\\`*_[]()#+-.!>|".contains(next) {
                out.characters.append((next, style))
                i += 2
                continue
            }
            if ch == "`", let end = c[(i + 1)...].firstIndex(of: "`") {
                for code in c[(i + 1)..<end] { out.characters.append((code, base)) }
                i = end + 1
                continue
            }
            if (ch == "*" || ch == "_"), next == ch {
                let marker = String([ch, ch])
                if style.contains(.bold) && !base.contains(.bold) {
                    style.remove(.bold)
                    i += 2
                    continue
                }
                if !style.contains(.bold), i + 2 < c.count, !c[i + 2].isWhitespace, closes(marker, after: i + 2) {
                    style.insert(.bold)
                    i += 2
                    continue
                }
            }
            if ch == "*" || ch == "_" {
                let before: Character? = i > 0 ? c[i - 1] : nil
                let wordInside = ch == "_" && (before?.isLetter == true || before?.isNumber == true) && (next?.isLetter == true || next?.isNumber == true)
                if !wordInside {
                    if style.contains(.underline) && !base.contains(.underline), before.map({ !$0.isWhitespace }) ?? false {
                        style.remove(.underline)
                        i += 1
                        continue
                    }
                    if !style.contains(.underline), let next, !next.isWhitespace, closes(String(ch), after: i + 1) {
                        style.insert(.underline)
                        i += 1
                        continue
                    }
                }
            }
            if ch == "[", let close = c[(i + 1)...].firstIndex(of: "]"), close + 1 < c.count, c[close + 1] == "(",
               let end = c[(close + 2)...].firstIndex(of: ")") {
                let label = inline(String(c[(i + 1)..<close]), base: style)
                let url = String(c[(close + 2)..<end])
                out.characters += label.characters
                if url != label.line {
                    out.characters += " (\(url))".map { ($0, base) }
                }
                i = end + 1
                continue
            }
            out.characters.append((ch, style))
            i += 1
        }
        return out
    }

    /// Wraps inline Markdown to the width, the first line after `first`, the others after `rest`.
    func wrap(_ text: String, first: String = "", rest: String = "", base: Style = []) -> [String] {
        let styledText = inline(text, base: base)
        var words: [[(Character, Style)]] = [[]]
        for item in styledText.characters {
            if item.0 == " " || item.0 == "\t" {
                if !(words.last!.isEmpty) { words.append([]) }
            } else {
                words[words.count - 1].append(item)
            }
        }
        words = words.filter { !$0.isEmpty }
        var lines: [String] = []
        var current: [[(Character, Style)]] = []
        var used = 0
        var prefix = first
        func emit() {
            var line = prefix
            var active: Style = []
            for (index, word) in current.enumerated() {
                if index > 0 {
                    // The space between two words keeps an underline running, as in print.
                    let shared = active.intersection(word.first!.1)
                    line += transition(from: active, to: shared)
                    active = shared
                    line += " "
                }
                for (character, style) in word {
                    line += transition(from: active, to: style)
                    active = style
                    line.append(character)
                }
            }
            line += transition(from: active, to: [])
            lines.append(line)
            prefix = rest
            current = []
            used = 0
        }
        for word in words {
            let size = word.reduce(0) { $0 + TerminalMarkdown.width(of: $1.0) }
            let available = width - TerminalMarkdown.displayWidth(prefix)
            if !current.isEmpty, used + 1 + size > available {
                emit()
            }
            used += (current.isEmpty ? 0 : 1) + size
            current.append(word)
        }
        if !current.isEmpty || lines.isEmpty { emit() }
        return lines
    }

    private func transition(from old: Style, to new: Style) -> String {
        guard styled, old != new else { return "" }
        var codes = ""
        if !old.subtracting(new).isEmpty {
            codes += "\u{1B}[0m"
            if new.contains(.bold) { codes += "\u{1B}[1m" }
            if new.contains(.underline) { codes += "\u{1B}[4m" }
            return codes
        }
        let added = new.subtracting(old)
        if added.contains(.bold) { codes += "\u{1B}[1m" }
        if added.contains(.underline) { codes += "\u{1B}[4m" }
        return codes
    }

    /// Columns a string takes: wide East Asian characters count 2, ANSI escapes 0.
    static func displayWidth(_ text: String) -> Int {
        var total = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
                continue
            }
            if character == "\u{1B}" {
                inEscape = true
                continue
            }
            total += width(of: character)
        }
        return total
    }

    static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }
}
