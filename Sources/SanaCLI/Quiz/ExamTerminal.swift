import Courses
import Foundation
import Quizzes
import SanaStore

/// The interactive exam: one question at a time with `Question 3/27 · 12:34 left`, lettered
/// options, an answer line validated on the spot (a hint and the same question again when it is
/// not valid), moving back and forth, and submission with a confirmation listing what is left
/// unanswered. Every answer is committed before the next question shows.
final class ExamTerminal {
    static let help = """
        Type your answer and press Enter. Commands start with ':'
          :n or Enter   next question (keeps the answer you gave)
          :b            previous question
          :g N          go to question N
          :l            list the questions and which are answered
          :s            submit the exam
          :q            leave (every answer is saved; run the same command to continue)
          :h            this help
        """

    private let sessions: QuizSessions
    private var sheet: AttemptSheet
    private let styled: Bool
    private var index: Int

    init(sessions: QuizSessions, sheet: AttemptSheet, styled: Bool) {
        self.sessions = sessions
        self.sheet = sheet
        self.styled = styled
        self.index = sheet.firstUnanswered ?? max(0, sheet.items.count - 1)
    }

    /// Runs until the exam is submitted (returns its result) or the learner leaves (nil).
    func run() throws -> AttemptResult? {
        introduce()
        show()
        while true {
            guard let line = ask("Answer (:h for help): ") else {
                say("\nInput closed: your \(sheet.answeredCount) answer\(sheet.answeredCount == 1 ? "" : "s") are saved; run the same command to continue.")
                return nil
            }
            if timeIsUp() { return try submit() }
            let typed = line.trimmingCharacters(in: .whitespaces)
            switch command(typed) {
            case .next?:
                move(to: index + 1)
            case .back?:
                move(to: index - 1)
            case .go(let number)?:
                guard let number, (1...sheet.items.count).contains(number) else {
                    say("There is no such question: type :g and a number from 1 to \(sheet.items.count).")
                    continue
                }
                index = number - 1
                show()
            case .list?:
                list()
            case .help?:
                say(ExamTerminal.help)
            case .quit?:
                say("Your \(sheet.answeredCount) answer\(sheet.answeredCount == 1 ? "" : "s") are saved; run the same command to continue before the time runs out.")
                return nil
            case .submit?:
                if let result = try confirmAndSubmit() { return result }
                show()
            case .unknown?:
                say("Unknown command \(typed): type :h for the commands.")
            case nil:
                let item = sheet.items[index]
                let response: Response
                do {
                    response = try ResponseInput.parse(typed, question: item.question, optionOrder: item.optionOrder)
                } catch QuizzesError.invalidAnswer(_, let reason) {
                    say("Not an answer: \(reason).")
                    continue
                }
                do {
                    try sessions.answer(attemptId: sheet.attempt.id, qid: item.question.id, response: response)
                } catch QuizzesError.deadlinePassed {
                    say("Time is up: that answer came after the deadline and was not recorded.")
                    return try sessions.result(attemptId: sheet.attempt.id)
                } catch QuizzesError.attemptSubmitted {
                    say("This attempt was submitted meanwhile (in another window?): that answer was not recorded.")
                    return try sessions.result(attemptId: sheet.attempt.id)
                }
                sheet.items[index].response = response
                if let next = nextUnanswered() {
                    index = next
                    show()
                } else if let result = try confirmAndSubmit() {
                    return result
                } else {
                    show()
                }
            }
        }
    }

    private enum Command {
        case next, back, go(Int?), list, help, quit, submit, unknown
    }

    private func command(_ typed: String) -> Command? {
        if typed.isEmpty || typed == ">" { return .next }
        if typed == "<" { return .back }
        if typed == "?" { return .help }
        guard typed.hasPrefix(":") else { return nil }
        let words = typed.dropFirst().lowercased().split(separator: " ", omittingEmptySubsequences: true)
        switch words.first.map(String.init) ?? "" {
        case "n", "next": return .next
        case "b", "back": return .back
        case "g", "go": return .go(words.count == 2 ? Int(words[1]) : nil)
        case "l", "list": return .list
        case "h", "help": return .help
        case "q", "quit": return .quit
        case "s", "submit": return .submit
        default:
            if let number = Int(words.first ?? "") { return .go(number) }
            return .unknown
        }
    }

    private func introduce() {
        let exam = sheet.exam
        say(bold(Output.terminalSafe(sheet.courseTitle)) + " · exam · attempt \(sheet.attemptNumber) of \(exam.attempts)")
        say("\(sheet.items.count) questions · \(exam.timeLimitMinutes) minutes · pass mark \(ResultText.percent(exam.passMark)) · every answer is saved as soon as you give it")
        if sheet.resumed {
            say("Welcome back: \(sheet.answeredCount) of \(sheet.items.count) answered; continuing at question \(index + 1).")
        }
        say("Type :h for help.")
    }

    private func show() {
        let item = sheet.items[index]
        say("")
        say(bold("Question \(index + 1)/\(sheet.items.count) · \(timeLeft()) left · \(sheet.answeredCount) answered"))
        say(Output.terminalSafe(item.question.text))
        QuestionScreen.english.lines(item).forEach(say)
        if let typed = item.typedResponse {
            say("Your answer: \(typed) (type another to change it, or Enter to keep it)")
        }
    }

    private func list() {
        for item in sheet.items {
            let status = item.typedResponse.map { "answered: \($0)" } ?? "not answered"
            let text = item.question.text.count > 60 ? String(item.question.text.prefix(57)) + "..." : item.question.text
            say(String(format: "%3d. ", item.position) + "\(Output.terminalSafe(text)) [\(status)]")
        }
    }

    private func move(to target: Int) {
        if target < 0 {
            say("This is the first question.")
            return
        }
        if target >= sheet.items.count {
            say("This is the last question: type :s to submit, or :g N to go to question N.")
            return
        }
        index = target
        show()
    }

    /// The next unanswered question after the current one, wrapping round; nil when all are answered.
    private func nextUnanswered() -> Int? {
        let count = sheet.items.count
        for step in 1...count {
            let candidate = (index + step) % count
            if sheet.items[candidate].response == nil { return candidate }
        }
        return nil
    }

    private func confirmAndSubmit() throws -> AttemptResult? {
        let missing = sheet.unansweredPositions
        if missing.isEmpty {
            say("\nAll \(sheet.items.count) questions are answered.")
        } else {
            say("\nNot answered yet: question\(missing.count == 1 ? "" : "s") \(missing.map(String.init).joined(separator: ", ")) (\(missing.count) of \(sheet.items.count)); they count as wrong.")
        }
        while true {
            guard let line = ask("Submit the exam now? You cannot change answers afterwards. (yes/no): ") else { return nil }
            if timeIsUp() { return try submit() }
            switch line.trimmingCharacters(in: .whitespaces).lowercased() {
            case "y", "yes", "иә", "да", "д": return try submit()
            case "n", "no", "жоқ", "нет", "н", "": return nil
            default: say("Type yes or no.")
            }
        }
    }

    private func submit() throws -> AttemptResult {
        try sessions.submit(attemptId: sheet.attempt.id)
    }

    private func timeIsUp() -> Bool {
        sheet.attempt.isPastDeadline(Timestamp.string(from: Date()))
    }

    /// `12:34`, `1:02:03`.
    private func timeLeft() -> String {
        guard let deadline = Timestamp.date(from: sheet.attempt.deadline) else { return "?" }
        let seconds = max(0, Int(deadline.timeIntervalSinceNow.rounded(.down)))
        let (hours, minutes, rest) = (seconds / 3600, (seconds % 3600) / 60, seconds % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }

    private func ask(_ prompt: String) -> String? {
        Output.text(prompt)
        Output.flush()
        return readLine(strippingNewline: true)
    }

    private func say(_ text: String) {
        Output.line(text)
    }

    private func bold(_ text: String) -> String {
        styled ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
