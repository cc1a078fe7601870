import Courses
import Foundation
import Quizzes

/// Practice in the terminal: one question at a time, in the order written, answered as in the
/// exam (the same screen and input), graded at once with the right answer and the feedback.
/// Enter skips a question; `:q` or closed input stops, keeping the answers given.
final class PracticeTerminal {
    private let sessions: PracticeSessions
    private let set: PracticeSet
    private let text: PracticeText
    private let styled: Bool

    init(sessions: PracticeSessions, set: PracticeSet, styled: Bool) {
        self.sessions = sessions
        self.set = set
        self.text = PracticeText.language(set.language)
        self.styled = styled
    }

    /// Runs through the set; returns the outcomes of the answers given.
    func run() throws -> [PracticeOutcome] {
        say(bold(text.header(set.courseTitle, set.lesson, set.lessonTitle)))
        say(text.intro(set.questions.count))
        var outcomes: [PracticeOutcome] = []
        for (index, question) in set.questions.enumerated() {
            let item = SheetItem(position: index + 1, question: question, optionOrder: Array(question.options.indices), response: nil)
            say("")
            say(bold(text.question(index + 1, set.questions.count)))
            say(question.text)
            text.screen.lines(item).forEach(say)
            while true {
                guard let line = ask(text.prompt) else {
                    say("")
                    say(text.stopped(outcomes.count))
                    return outcomes
                }
                let typed = line.trimmingCharacters(in: .whitespaces)
                if typed.lowercased() == ":q" {
                    say(text.stopped(outcomes.count))
                    return outcomes
                }
                if typed.isEmpty {
                    say(text.skipped)
                    break
                }
                let response: Response
                do {
                    response = try ResponseInput.parse(typed, question: question, optionOrder: item.optionOrder)
                } catch is QuizzesError {
                    say(text.notAnAnswer(text.hint(question)))
                    continue
                }
                let outcome = try sessions.answer(set, qid: question.id, response: response)
                outcomes.append(outcome)
                text.outcome(outcome, of: question).forEach(say)
                break
            }
        }
        say("")
        say(text.summary(outcomes))
        return outcomes
    }

    private func ask(_ prompt: String) -> String? {
        Output.text(prompt)
        Output.flush()
        return readLine(strippingNewline: true)
    }

    private func say(_ line: String) {
        Output.line(line)
    }

    private func bold(_ line: String) -> String {
        styled ? "\u{1B}[1m\(line)\u{1B}[0m" : line
    }
}
