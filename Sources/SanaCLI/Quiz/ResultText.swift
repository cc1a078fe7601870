import Courses
import Foundation
import Quizzes

/// A submitted attempt for people, in the learner's language and wrapped by words: the review the
/// course allows (each question, the answer given, the right answer and feedback as allowed), and
/// the summary (score, pass mark, verdict, attempts left). On the exam's screen the review comes
/// first, through the pager when it is taller than the screen, and the summary last, where it
/// stays in view; `render` (answers files) puts the summary first.
enum ResultText {
    static func render(_ result: AttemptResult, styled: Bool, texts: Texts, number: Int, columns: Int = Terminal.size().columns) -> String {
        let parts = parts(result, texts: texts, number: number, columns: columns, styled: styled)
        var lines = parts.summary
        if !parts.review.isEmpty { lines += [""] + parts.review + [""] }
        lines += parts.next
        return lines.joined(separator: "\n") + "\n"
    }

    /// The review, then the summary: on a terminal the review goes through the pager when it is
    /// taller than the screen, so the score and verdict are printed last and stay on screen.
    static func show(_ result: AttemptResult, styled: Bool, texts: Texts, number: Int) {
        let parts = parts(result, texts: texts, number: number, columns: Terminal.size().columns, styled: styled)
        if !parts.review.isEmpty {
            let review = ([styled ? "\u{1B}[1m\(texts(.reviewTitle))\u{1B}[0m" : texts(.reviewTitle), ""] + parts.review).joined(separator: "\n") + "\n"
            if Terminal.stdoutIsTTY {
                _ = Pager.show(review, texts: texts)
            } else {
                Output.text(review)
            }
            Output.line()
        }
        Output.text((parts.summary + parts.next).joined(separator: "\n") + "\n")
    }

    struct Parts {
        var summary: [String] = []
        var review: [String] = []
        var next: [String] = []
    }

    /// `number` is the attempt's place among the learner's attempts (1 for the first).
    static func parts(_ result: AttemptResult, texts: Texts, number: Int, columns: Int, styled: Bool) -> Parts {
        let wrapper = WordWrapper(width: min(max(20, columns), 100))
        let bold = { (text: String) in styled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
        var parts = Parts()
        if result.submittedBy == .expiry {
            parts.summary += wrapper.wrap(texts(.timeRanOut, ["time": texts.dateTime(result.submittedAt)]))
        }
        let verdict = texts(result.passed ? .passed : .notPassed)
        parts.summary += wrapper.wrap(texts(.scoreLine, ["score": texts.percent(result.score), "mark": texts.percent(result.passMark), "verdict": verdict])).map(bold)
        // Attempts allowed: this one and those before it, all submitted, and those left.
        parts.summary += wrapper.wrap(texts(.answeredLine, [
            "answered": String(result.answered), "total": String(result.questions),
            "number": String(number), "attempts": String(result.attemptsLeft + number),
        ]))
        let shows = result.reviewShows
        for item in result.items {
            let mark = !shows.correctness ? "" : item.credit >= 1 ? "✓ " : (item.credit <= 0 ? "✗ " : "◐ \(texts.percent(item.credit * 100)) ")
            let first = "\(item.position). \(mark)"
            parts.review += wrapper.wrap(Output.terminalSafe(item.text), first: first, rest: String(repeating: " ", count: WordWrapper.columns(first)))
            let answer = item.response.map { words($0, item.type, texts) } ?? texts(.reviewNoAnswer)
            parts.review += wrapper.wrap(texts(.reviewYourAnswer, ["answer": Output.terminalSafe(answer)]), first: "   ", rest: "     ")
            // Shown for every question when right and wrong are not, or it would tell them apart.
            if let correct = item.correctAnswer, item.credit < 1 || !shows.correctness {
                parts.review += wrapper.wrap(texts(.reviewCorrectAnswer, ["answer": Output.terminalSafe(words(correct, item.type, texts))]), first: "   ", rest: "     ")
            }
            for feedback in item.feedback {
                parts.review += wrapper.wrap(Output.terminalSafe(feedback), first: "   ", rest: "   ")
            }
        }
        if result.attemptsLeft == 0 {
            parts.next += wrapper.wrap(texts(.noAttemptsLeft))
        } else {
            var line = texts(.attemptsLeft, count: result.attemptsLeft)
            if let next = result.nextAttemptAt { line += " " + texts(.nextAttemptAt, ["time": texts.dateTime(next)]) }
            parts.next += wrapper.wrap(line)
        }
        return parts
    }

    /// An answer in words: true and false in the learner's language.
    static func words(_ answer: String, _ type: QuestionType, _ texts: Texts) -> String {
        guard type == .truefalse else { return answer }
        switch answer {
        case "true": return texts.truth(true)
        case "false": return texts.truth(false)
        default: return answer
        }
    }

    /// `81.48%`, `70%`.
    static func percent(_ value: Double) -> String {
        Texts.percentText(value)
    }
}
