import Courses
import Quizzes

/// How a question's answers look in the terminal, for the exam and for practice: lettered
/// options in the order shown, t/f, a hint for short and numeric answers, numbered items and
/// lettered answers for matching. The hints come in the learner's language where the screen has one.
struct QuestionScreen {
    let multi: String
    let trueFalse: String
    let short: String
    let numeric: String
    /// The matching hint, given an example such as `b a c`.
    let matching: @Sendable (String) -> String

    /// The exam's hints.
    static let english = QuestionScreen(
        multi: "(choose every option that applies: letters such as a c)",
        trueFalse: "  t) true   f) false",
        short: "(type a short answer)",
        numeric: "(type a number)",
        matching: { "(one letter for each numbered item, in order: such as \($0))" })

    /// The lines after the question's text.
    func lines(_ item: SheetItem) -> [String] {
        var lines: [String] = []
        let shown = item.shownOptions
        switch item.question.answer {
        case .choice, .multi:
            for (position, option) in shown.enumerated() {
                lines.append("  \(ResponseInput.letter(position))) \(Output.terminalSafe(option))")
            }
            if case .multi = item.question.answer { lines.append(multi) }
        case .truefalse:
            lines.append(trueFalse)
        case .short:
            lines.append(short)
        case .numeric:
            lines.append(numeric)
        case .matching:
            let prompts = item.question.matchingPrompts
            for (position, prompt) in prompts.enumerated() {
                lines.append("  \(position + 1). \(Output.terminalSafe(prompt))")
            }
            for (position, option) in shown.enumerated() {
                lines.append("  \(ResponseInput.letter(position))) \(Output.terminalSafe(option))")
            }
            lines.append(matching((0..<prompts.count).map { ResponseInput.letter($0 % max(1, shown.count)) }.joined(separator: " ")))
        }
        return lines
    }
}
