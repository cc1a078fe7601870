import Foundation
import Quizzes

/// A submitted attempt for the terminal: score, pass or fail, then the review the course allows.
enum ResultText {
    static func render(_ result: AttemptResult, styled: Bool) -> String {
        let verdict = result.passed ? "PASSED" : "NOT PASSED"
        let bold = { (text: String) in styled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
        var lines: [String] = []
        if result.submittedBy == .expiry {
            lines.append("Time ran out at \(result.submittedAt.prefix(19)) UTC: the attempt was submitted with the answers given.")
        }
        lines.append(bold("Score \(percent(result.score)) · pass mark \(percent(result.passMark)) · \(verdict)"))
        lines.append("Answered \(result.answered) of \(result.questions) questions (attempt \(result.attemptId)).")
        if !result.items.isEmpty {
            lines.append("")
            for item in result.items {
                let mark = item.credit >= 1 ? "✓" : (item.credit <= 0 ? "✗" : "◐ \(percent(item.credit * 100))")
                lines.append("\(item.position). \(mark) \(Output.terminalSafe(item.text))")
                lines.append("   Your answer: \(Output.terminalSafe(item.response ?? "(none)"))")
                if let correct = item.correctAnswer, item.credit < 1 {
                    lines.append("   Correct answer: \(Output.terminalSafe(correct))")
                }
                for feedback in item.feedback {
                    lines.append("   \(Output.terminalSafe(feedback))")
                }
            }
            lines.append("")
        }
        if result.attemptsLeft == 0 {
            lines.append("No attempts left.")
        } else if let next = result.nextAttemptAt {
            lines.append("\(result.attemptsLeft) attempt\(result.attemptsLeft == 1 ? "" : "s") left; the next may start at \(next.prefix(16)) UTC.")
        } else {
            lines.append("\(result.attemptsLeft) attempt\(result.attemptsLeft == 1 ? "" : "s") left.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `81.48%`, `70%`.
    static func percent(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return "\(Int(rounded))%" }
        return String(format: "%.2f", rounded).replacingOccurrences(of: #"0$"#, with: "", options: .regularExpression) + "%"
    }
}
