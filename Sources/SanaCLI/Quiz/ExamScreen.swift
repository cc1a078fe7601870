import Courses
import Quizzes

/// What the exam shows of one question, in the learner's language and wrapped by words to the
/// terminal: the header, the text, lettered options (continuation lines under the option's text,
/// not under its letter), the hint for the answer's form, and the answer given so far. Text from
/// the course is made safe for the terminal first.
struct ExamScreen {
    let texts: Texts
    let width: Int
    let styled: Bool

    init(texts: Texts, columns: Int, styled: Bool) {
        self.texts = texts
        self.width = min(max(20, columns), 100)
        self.styled = styled
    }

    var wrapper: WordWrapper { WordWrapper(width: width) }

    func bold(_ text: String) -> String {
        styled ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    /// Wraps `text` (several lines allowed), the first line after `first`, the rest under it.
    func wrap(_ text: String, first: String = "", rest: String? = nil) -> [String] {
        wrapper.wrap(text, first: first, rest: rest)
    }

    func lines(_ item: SheetItem, index: Int, count: Int, answered: Int) -> [String] {
        var lines: [String] = [""]
        var header = texts(.questionHeader, ["number": String(index + 1), "total": String(count), "answered": String(answered)])
        if item.flagged { header += " · " + texts(.flaggedMark) }
        lines += wrap(header).map(bold)
        lines += wrap(Output.terminalSafe(item.question.text))
        let shown = item.shownOptions
        func options() {
            for (position, option) in shown.enumerated() {
                lines += wrap(Output.terminalSafe(option), first: "  \(ResponseInput.letter(position))) ")
            }
        }
        switch item.question.answer {
        case .choice:
            options()
        case .multi:
            options()
            lines += wrap(texts(.multiHint))
        case .truefalse:
            // Kept as written: its spacing sets the two apart.
            lines.append("  " + texts(.trueFalseOptions))
        case .short:
            lines += wrap(texts(.shortHint))
        case .numeric:
            lines += wrap(texts(.numericHint))
        case .matching:
            for (position, prompt) in item.question.matchingPrompts.enumerated() {
                lines += wrap(Output.terminalSafe(prompt), first: "  \(position + 1). ")
            }
            options()
            let example = (0..<item.question.matchingPrompts.count).map { ResponseInput.letter($0 % max(1, shown.count)) }.joined(separator: " ")
            lines += wrap(texts(.matchingHint, ["example": example]))
        }
        if let typed = typedAnswer(item) {
            lines += wrap(texts(.yourAnswerNow, ["answer": typed]))
        }
        return lines
    }

    /// The answer as the learner would type it, true and false in words: `b`, `t (дұрыс)`.
    func typedAnswer(_ item: SheetItem) -> String? {
        guard let typed = item.typedResponse else { return nil }
        if case .truefalse(let value)? = item.response {
            return "\(typed) (\(texts.truth(value)))"
        }
        return Output.terminalSafe(typed)
    }

    /// `:l`: every question on one line or more, with its answer, its flag and where the learner is.
    func list(_ sheet: AttemptSheet, current: Int) -> [String] {
        var lines: [String] = []
        for (index, item) in sheet.items.enumerated() {
            var status = typedAnswer(item).map { texts(.listAnswered, ["answer": $0]) } ?? texts(.listUnanswered)
            if item.flagged { status += " · " + texts(.listFlagged) }
            let text = Output.visible(item.question.text.replacingOccurrences(of: "\n", with: " "))
            let short = text.count > 50 ? String(text.prefix(48)) + "…" : text
            var line = "\(short) [\(status)]"
            if index == current { line += " " + texts(.listCurrent) }
            let number = String(item.position)
            lines += wrap(line, first: String(repeating: " ", count: max(0, 3 - number.count)) + number + ". ")
        }
        return lines
    }
}
