import Foundation

/// Reads GIFT, Moodle's text format for question banks, into `Question`s.
///
/// Supported: `::id::` titles (required: they are the stable question ids), multiple choice
/// (`=right ~wrong`), multiple answers with partial credit (`~%50%`), true/false (`{T}`, `{FALSE}`),
/// short answer (`=a =b`, missing-word form included), numeric (`{#1956:0}`, `{#1..5}`, several
/// `=%50%...` answers), matching (`=a -> b`), per-answer feedback (`#...`), general feedback (`####...`),
/// `//` comment lines, the escapes `\~ \= \# \{ \} \: \\ \n`, and `[markdown]`/`[plain]`/`[moodle]`/`[html]`
/// text formats (dropped: the text is shown as written). Problems come back as diagnostics with
/// the file's real line numbers; a malformed question is skipped, the rest are still read.
package struct GIFTParser: Sendable {
    package struct Result: Sendable {
        package var entries: [GIFTEntry]
        package var diagnostics: [Diagnostic]

        package var questions: [Question] { entries.map(\.question) }
    }

    /// The path diagnostics name.
    package let file: String
    package let pool: String
    package let language: Language

    package init(file: String, pool: String, language: Language) {
        self.file = file
        self.pool = pool
        self.language = language
    }

    package func parse(_ text: String) -> Result {
        var result = Result(entries: [], diagnostics: [])
        for block in blocks(of: text) {
            var parser = BlockParser(block: block, owner: self)
            if let question = parser.parse() {
                result.entries.append(GIFTEntry(question: question, line: block.lines[0]))
            }
            result.diagnostics += parser.diagnostics
        }
        return result
    }

    /// A question's lines: consecutive non-blank lines, `//` comment lines left out.
    struct Block {
        var text: [Character]
        /// The file's line number of each of the block's lines.
        var lines: [Int]
    }

    private func blocks(of text: String) -> [Block] {
        var source = text
        if source.hasPrefix("\u{FEFF}") { source.removeFirst() }
        let rawLines = source.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        var blocks: [Block] = []
        var current: [String] = []
        var numbers: [Int] = []
        func flush() {
            if !current.isEmpty {
                blocks.append(Block(text: Array(current.joined(separator: "\n")), lines: numbers))
            }
            current = []
            numbers = []
        }
        for (index, raw) in rawLines.enumerated() {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("//") { continue }
            if trimmed.isEmpty {
                flush()
                continue
            }
            current.append(String(raw))
            numbers.append(index + 1)
        }
        flush()
        return blocks
    }
}

/// Parses one block into a question, collecting diagnostics.
private struct BlockParser {
    let block: GIFTParser.Block
    let owner: GIFTParser
    var diagnostics: [Diagnostic] = []
    var id = ""

    init(block: GIFTParser.Block, owner: GIFTParser) {
        self.block = block
        self.owner = owner
    }

    private var c: [Character] { block.text }

    private func line(at index: Int) -> Int {
        var row = 0
        for i in 0..<min(index, c.count) where c[i] == "\n" { row += 1 }
        return block.lines[min(row, block.lines.count - 1)]
    }

    private mutating func error(_ index: Int, _ message: String) {
        diagnostics.append(.error(owner.file, line(at: index), message))
    }

    private mutating func warning(_ index: Int, _ message: String) {
        diagnostics.append(.warning(owner.file, line(at: index), message))
    }

    private var named: String { id.isEmpty ? "question" : "question \(id)" }

    mutating func parse() -> Question? {
        var position = skipSpace(0, c.count)
        if c[position...].starts(with: Array("$CATEGORY:")) {
            warning(position, "$CATEGORY lines are ignored: a question's pool is its file name (\(owner.pool))")
            guard let end = c[position...].firstIndex(of: "\n") else { return nil }
            position = skipSpace(end, c.count)
        }
        guard c[position...].starts(with: Array("::")),
              let titleEnd = GIFTText.find(Array("::"), in: c, from: position + 2, to: c.count)
        else {
            error(position, "question has no ::id:: title: sana uses the title as the question's stable id")
            return nil
        }
        id = GIFTText.unescape(c[(position + 2)..<titleEnd]).trimmingCharacters(in: .whitespacesAndNewlines)
        if id.isEmpty {
            error(position, "question has an empty ::id:: title")
            return nil
        }
        position = skipSpace(titleEnd + 2, c.count)
        if c[position...].starts(with: Array("[")), let close = c[position...].firstIndex(of: "]") {
            let format = String(c[(position + 1)..<close])
            if ["html", "moodle", "plain", "markdown"].contains(format) {
                if format == "html" {
                    warning(position, "\(named) is [html]: the terminal shows its text as written, tags included")
                }
                position = close + 1
            }
        }
        guard let open = GIFTText.find(["{"], in: c, from: position, to: c.count) else {
            error(position, "\(named) has no answers: '{' is missing")
            return nil
        }
        guard let close = GIFTText.find(["}"], in: c, from: open + 1, to: c.count) else {
            error(open, "\(named) has a '{' that is never closed")
            return nil
        }
        let after = GIFTText.unescape(c[(close + 1)...]).trimmingCharacters(in: .whitespacesAndNewlines)
        if GIFTText.find(["{"], in: c, from: close + 1, to: c.count) != nil {
            error(close + 1, "\(named) has more than one answer block: sana supports one '{...}' per question")
            return nil
        }
        let before = GIFTText.unescape(c[position..<open]).trimmingCharacters(in: .whitespacesAndNewlines)
        let text = after.isEmpty ? before : "\(before) _____ \(after)"
        if before.isEmpty && after.isEmpty {
            error(position, "\(named) has no text")
            return nil
        }

        var bodyEnd = close
        var generalFeedback: String?
        if let hashes = GIFTText.find(Array("####"), in: c, from: open + 1, to: close) {
            generalFeedback = GIFTText.nonEmpty(GIFTText.unescape(c[(hashes + 4)..<close]))
            bodyEnd = hashes
        }
        guard let answer = parseAnswers(from: open + 1, to: bodyEnd, open: open) else { return nil }
        return Question(id: id, pool: owner.pool, language: owner.language, text: text, answer: answer, generalFeedback: generalFeedback)
    }

    private func skipSpace(_ from: Int, _ to: Int) -> Int {
        var i = from
        while i < to, c[i].isWhitespace { i += 1 }
        return i
    }

    private mutating func parseAnswers(from start: Int, to end: Int, open: Int) -> AnswerKey? {
        let first = skipSpace(start, end)
        if first == end {
            error(open, "\(named) is an essay question ({}), which sana does not support")
            return nil
        }
        if c[first] == "#" {
            return parseNumeric(from: first + 1, to: end)
        }
        let headEnd = GIFTText.find(["#"], in: c, from: first, to: end) ?? end
        let head = String(c[first..<headEnd]).trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        if ["T", "F", "TRUE", "FALSE"].contains(head) {
            let parts = GIFTText.split(c, at: "#", from: first, to: end)
            if parts.count > 3 {
                error(first, "\(named) is true/false and takes at most two feedbacks ({T#if wrong#if right})")
                return nil
            }
            return .truefalse(TrueFalseKey(
                answer: head.hasPrefix("T"),
                feedbackIfWrong: parts.count > 1 ? GIFTText.nonEmpty(GIFTText.unescape(c[parts[1]])) : nil,
                feedbackIfRight: parts.count > 2 ? GIFTText.nonEmpty(GIFTText.unescape(c[parts[2]])) : nil))
        }
        guard let answers = splitAnswers(from: first, to: end) else { return nil }
        if answers.contains(where: { $0.marker == "~" }) {
            let single = answers.contains { $0.marker == "=" }
            var choices: [Choice] = []
            for answer in answers {
                guard let parsed = parseAnswerText(answer) else { return nil }
                let credit = parsed.weight ?? (answer.marker == "=" ? 100 : 0)
                choices.append(Choice(text: parsed.text, credit: credit, feedback: parsed.feedback))
            }
            return single ? .choice(choices) : .multi(choices)
        }
        let arrows = answers.map { GIFTText.find(Array("->"), in: c, from: $0.start, to: $0.end) }
        if arrows.contains(where: { $0 != nil }) {
            guard arrows.allSatisfy({ $0 != nil }) else {
                let index = answers[arrows.firstIndex { $0 == nil }!].start
                error(index, "\(named) mixes matching pairs (a -> b) with other answers")
                return nil
            }
            var pairs: [MatchPair] = []
            for (answer, arrow) in zip(answers, arrows) {
                let prompt = GIFTText.unescape(c[answer.start..<arrow!]).trimmingCharacters(in: .whitespacesAndNewlines)
                let right = GIFTText.unescape(c[(arrow! + 2)..<answer.end]).trimmingCharacters(in: .whitespacesAndNewlines)
                if right.isEmpty {
                    error(answer.start, "\(named) has a matching pair with nothing after '->'")
                    return nil
                }
                pairs.append(MatchPair(prompt: prompt, answer: right))
            }
            return .matching(pairs)
        }
        var accepted: [ShortAnswer] = []
        for answer in answers {
            guard let parsed = parseAnswerText(answer) else { return nil }
            accepted.append(ShortAnswer(text: parsed.text, credit: parsed.weight ?? 100, feedback: parsed.feedback))
        }
        return .short(accepted)
    }

    private struct RawAnswer {
        var marker: Character
        /// After the marker, up to the next answer.
        var start: Int
        var end: Int
    }

    /// Splits at unescaped `=` and `~`; text before the first one is an error.
    private mutating func splitAnswers(from start: Int, to end: Int) -> [RawAnswer]? {
        var markers: [Int] = []
        var i = start
        while i < end {
            if c[i] == "\\" { i += 2; continue }
            if c[i] == "=" || c[i] == "~" { markers.append(i) }
            i += 1
        }
        let leading = markers.first ?? end
        let stray = String(c[start..<leading]).trimmingCharacters(in: .whitespacesAndNewlines)
        if !stray.isEmpty {
            error(start, "\(named) has text '\(stray)' where an answer should start with '=' or '~'")
            return nil
        }
        return markers.enumerated().map { index, marker in
            RawAnswer(marker: c[marker], start: marker + 1, end: index + 1 < markers.count ? markers[index + 1] : end)
        }
    }

    private struct ParsedAnswer {
        var weight: Double?
        var text: String
        var feedback: String?
        var textRange: Range<Int>
    }

    /// `%weight%text#feedback`
    private mutating func parseAnswerText(_ answer: RawAnswer, allowEmpty: Bool = false) -> ParsedAnswer? {
        var start = skipSpace(answer.start, answer.end)
        var weight: Double?
        if start < answer.end, c[start] == "%" {
            guard let close = c[(start + 1)..<answer.end].firstIndex(of: "%") else {
                error(start, "\(named) has a weight with no closing '%'")
                return nil
            }
            let written = String(c[(start + 1)..<close])
            guard let value = Double(written.trimmingCharacters(in: .whitespaces)), value.isFinite else {
                error(start, "\(named) has weight '%\(written)%', which is not a number")
                return nil
            }
            guard (-100...100).contains(value) else {
                error(start, "\(named) has weight \(written)%, outside -100...100")
                return nil
            }
            weight = value
            start = close + 1
        }
        let hash = GIFTText.find(["#"], in: c, from: start, to: answer.end)
        let text = GIFTText.unescape(c[start..<(hash ?? answer.end)]).trimmingCharacters(in: .whitespacesAndNewlines)
        let feedback = hash.flatMap { GIFTText.nonEmpty(GIFTText.unescape(c[($0 + 1)..<answer.end])) }
        if text.isEmpty && !allowEmpty {
            error(answer.start - 1, "\(named) has an empty answer")
            return nil
        }
        return ParsedAnswer(weight: weight, text: text, feedback: feedback, textRange: start..<(hash ?? answer.end))
    }

    private mutating func parseNumeric(from start: Int, to end: Int) -> AnswerKey? {
        let first = skipSpace(start, end)
        if first < end, c[first] == "=" || c[first] == "~" {
            guard let raw = splitAnswers(from: first, to: end) else { return nil }
            var answers: [NumericAnswer] = []
            for answer in raw {
                guard let parsed = parseAnswerText(answer),
                      let value = numericValue(parsed.text, at: answer.start, credit: parsed.weight ?? (answer.marker == "=" ? 100 : 0), feedback: parsed.feedback)
                else { return nil }
                answers.append(value)
            }
            return .numeric(answers)
        }
        guard let parsed = parseAnswerText(RawAnswer(marker: "=", start: first, end: end)),
              let value = numericValue(parsed.text, at: first, credit: parsed.weight ?? 100, feedback: parsed.feedback)
        else { return nil }
        return .numeric([value])
    }

    private mutating func numericValue(_ text: String, at index: Int, credit: Double, feedback: String?) -> NumericAnswer? {
        func number(_ part: Substring) -> Double? {
            Double(part.trimmingCharacters(in: .whitespaces)).flatMap { $0.isFinite ? $0 : nil }
        }
        if let dots = text.range(of: "..") {
            guard let low = number(text[..<dots.lowerBound]), let high = number(text[dots.upperBound...]) else {
                error(index, "\(named) has numeric answer '\(text)', which is not a range such as 1950..1960")
                return nil
            }
            guard low <= high else {
                error(index, "\(named) has range \(text) whose lower end is above its upper end")
                return nil
            }
            return .range(low, high, credit: credit, feedback: feedback)
        }
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let value = number(parts[0]), let tolerance = parts.count > 1 ? number(parts[1]) : 0 else {
            error(index, "\(named) has numeric answer '\(text)', which is not a number such as 1956 or 1956:2")
            return nil
        }
        guard tolerance >= 0 else {
            error(index, "\(named) has a negative tolerance in '\(text)'")
            return nil
        }
        return .tolerance(value, tolerance, credit: credit, feedback: feedback)
    }
}
