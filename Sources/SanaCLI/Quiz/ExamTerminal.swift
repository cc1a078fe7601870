import Courses
import Foundation
import Quizzes
import SanaStore

/// The interactive exam, in the learner's language: one question at a time, lettered options, an
/// answer line validated on the spot (a hint and the same question again when it is not valid),
/// moving back and forth, flags, and submission with a confirmation naming what is unanswered or
/// flagged. Every answer is committed before the next question shows.
///
/// The clock is live: the time left is on every prompt and changes while the learner types;
/// warnings at 5 and 1 minutes arrive above the line being typed; at the deadline the exam is
/// submitted with what was saved, and an answer that comes too late is refused with a message.
/// The terminal holds the attempt with its session token: when another `sana quiz take` takes the
/// attempt over, or wrong access codes pause it, this one says so and stops.
final class ExamTerminal {
    enum Outcome {
        case submitted(AttemptResult)
        /// The learner left (`:q`, or the input closed): every answer is saved.
        case left
        /// Another terminal took over, or the attempt was paused: the message is on screen.
        case stopped
    }

    private let sessions: QuizSessions
    private var sheet: AttemptSheet
    private let texts: Texts
    private let styled: Bool
    private let input: TerminalInput
    private var index: Int
    private var deadline: Date
    private var warned: Set<Int> = []
    private var lastCheck = Date()
    private enum Stop {
        case timeUp, takenOver, paused(String), submitted
    }
    private var stop: Stop?

    static let warnings = [300, 60]

    init(sessions: QuizSessions, sheet: AttemptSheet, texts: Texts, styled: Bool, input: TerminalInput = .shared) {
        self.sessions = sessions
        self.sheet = sheet
        self.texts = texts
        self.styled = styled
        self.input = input
        self.index = sheet.firstUnanswered ?? max(0, sheet.items.count - 1)
        self.deadline = Timestamp.date(from: sheet.attempt.deadline) ?? Date()
    }

    private var screen: ExamScreen {
        ExamScreen(texts: texts, columns: Terminal.size().columns, styled: styled)
    }

    func run() throws -> Outcome {
        introduce()
        show()
        while true {
            let outcome = input.readLine(prompt: { self.prompt() }, tick: { self.tick() })
            if case .stopped = outcome { return try stopped() }
            guard case .line(let line) = outcome else {
                say(texts(.inputClosed, count: sheet.answeredCount))
                return .left
            }
            if timeIsUp() {
                say(texts(.timeUpLate))
                return .submitted(try sessions.submit(attemptId: sheet.attempt.id))
            }
            let typed = line.trimmingCharacters(in: .whitespaces)
            switch ExamCommand.parse(typed) {
            case .next?:
                move(to: index + 1)
            case .back?:
                move(to: index - 1)
            case .go(let number)?:
                guard let number, (1...sheet.items.count).contains(number) else {
                    say(texts(.noSuchQuestion, ["count": String(sheet.items.count)]))
                    continue
                }
                index = number - 1
                show()
            case .flag?:
                if let outcome = try flag() { return outcome }
            case .list?:
                say(contentsOf: screen.list(sheet, current: index))
            case .help?:
                help()
            case .quit?:
                say(texts(.leaving, count: sheet.answeredCount, ["time": texts.dateTime(deadline)]))
                return .left
            case .submit?:
                if let outcome = try confirmAndSubmit() { return outcome }
                show()
            case .unknown?:
                say(texts(.unknownCommand, ["command": Output.visible(typed)]))
            case nil:
                if let outcome = try answer(typed) { return outcome }
            }
        }
    }

    // MARK: answering

    private func answer(_ typed: String) throws -> Outcome? {
        let item = sheet.items[index]
        let response: Response
        switch ResponseInput.read(typed, question: item.question, optionOrder: item.optionOrder) {
        case .success(let read): response = read
        case .failure(let problem):
            say(texts(.notAnAnswer, ["reason": texts.reason(problem)]))
            return nil
        }
        do {
            try sessions.answer(attemptId: sheet.attempt.id, qid: item.question.id, response: response, session: sheet.session)
        } catch let error as QuizzesError {
            return try refused(error)
        }
        sheet.items[index].response = response
        if let next = nextUnanswered() {
            index = next
            show()
        } else if let outcome = try confirmAndSubmit() {
            return outcome
        } else {
            show()
        }
        return nil
    }

    private func flag() throws -> Outcome? {
        let item = sheet.items[index]
        do {
            try sessions.setFlag(attemptId: sheet.attempt.id, qid: item.question.id, flagged: !item.flagged, session: sheet.session)
        } catch let error as QuizzesError {
            return try refused(error)
        }
        sheet.items[index].flagged.toggle()
        say(texts(sheet.items[index].flagged ? .flagSet : .flagCleared, ["number": String(item.position)]))
        return nil
    }

    /// A write the store refused: the time was up, another terminal holds the attempt, it is
    /// paused or already submitted.
    private func refused(_ error: QuizzesError) throws -> Outcome {
        switch error {
        case .deadlinePassed:
            say(texts(.timeUpLate))
            return .submitted(try sessions.result(attemptId: sheet.attempt.id))
        case .attemptSubmitted:
            say(texts(.submittedMeanwhile))
            return .submitted(try sessions.result(attemptId: sheet.attempt.id))
        case .takenOver:
            stop = .takenOver
            return try stopped()
        case .paused(_, let until):
            stop = .paused(until)
            return try stopped()
        default:
            throw error
        }
    }

    // MARK: the clock and other terminals

    private func tick() -> TerminalInput.Tick {
        let now = Date()
        if now.timeIntervalSince(lastCheck) >= 2 {
            lastCheck = now
            if let state = try? sessions.state(attemptId: sheet.attempt.id) {
                if state.submitted {
                    stop = .submitted
                    return .stop
                }
                if state.session != sheet.session {
                    stop = .takenOver
                    return .stop
                }
                if let until = state.pausedUntil, until > Timestamp.string(from: now) {
                    stop = .paused(until)
                    return .stop
                }
                if let moved = Timestamp.date(from: state.deadline) { deadline = moved }
            }
        }
        let left = deadline.timeIntervalSince(now)
        if left <= 0 {
            stop = .timeUp
            return .stop
        }
        let due = ExamTerminal.warnings.filter { left <= Double($0) && !warned.contains($0) }
        if !due.isEmpty {
            warned.formUnion(due)
            let minutes = Int((left / 60).rounded(.up))
            return .notice(screen.wrap(texts(.minutesLeft, count: minutes, ["time": texts.clock(deadline)])).map(screen.bold))
        }
        return .redraw
    }

    private func stopped() throws -> Outcome {
        switch stop {
        case .timeUp?:
            say(texts(.timeUp))
            return .submitted(try sessions.submit(attemptId: sheet.attempt.id))
        case .submitted?:
            say(texts(.submittedMeanwhile))
            return .submitted(try sessions.result(attemptId: sheet.attempt.id))
        case .takenOver?:
            say(texts(.takenOver))
            return .stopped
        case .paused(let until)?:
            say(texts(.pausedStop, ["time": texts.dateTime(until)]))
            return .stopped
        case nil:
            return .left
        }
    }

    private func timeIsUp() -> Bool {
        Date() >= deadline
    }

    /// `[12:34 left] Answer (:h for help): `, the time as it is now.
    private func prompt() -> String {
        texts(.answerPrompt, ["left": Texts.duration(Int(deadline.timeIntervalSinceNow.rounded(.down)))])
    }

    // MARK: the screen

    private func introduce() {
        let exam = sheet.exam
        let screen = screen
        say(contentsOf: screen.wrap(texts(.examTitle, ["course": Output.terminalSafe(sheet.courseTitle), "number": String(sheet.attemptNumber), "total": String(sheet.attemptsAllowed)]))
            .map(screen.bold))
        let rules = texts(.examRules, [
            "questions": texts(.questionCount, count: sheet.items.count),
            "minutes": texts(.minuteCount, count: sheet.timeLimitMinutes),
            "mark": texts.percent(exam.passMark),
        ])
        say(rules)
        say(texts(.examEnds, ["time": texts.dateTime(deadline)]))
        if sheet.resumed {
            say(texts(.welcomeBack, ["answered": String(sheet.answeredCount), "total": String(sheet.items.count), "number": String(index + 1)]))
        }
        say(texts(.helpHint))
    }

    private func show() {
        say(contentsOf: screen.lines(sheet.items[index], index: index, count: sheet.items.count, answered: sheet.answeredCount))
    }

    /// The help, each command's description wrapped under itself.
    private func help() {
        let screen = screen
        for line in texts(.help).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let indent = line.prefix { $0 == " " }.count
            if indent > 0, line.dropFirst(indent).hasPrefix(":"), let gap = line.range(of: "  ", range: line.index(line.startIndex, offsetBy: indent)..<line.endIndex) {
                let column = line.distance(from: line.startIndex, to: gap.lowerBound)
                let start = line[gap.lowerBound...].firstIndex { $0 != " " } ?? line.endIndex
                let lead = String(line[..<start])
                say(contentsOf: screen.wrap(String(line[start...]), first: lead, rest: String(repeating: " ", count: max(column, WordWrapper.columns(lead)))))
            } else {
                say(contentsOf: screen.wrap(String(line.dropFirst(indent)), first: String(repeating: " ", count: indent), rest: String(repeating: " ", count: indent == 0 ? 0 : indent + 2)))
            }
        }
    }

    private func move(to target: Int) {
        if target < 0 {
            say(texts(.firstQuestion))
            return
        }
        if target >= sheet.items.count {
            say(texts(.lastQuestion))
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

    private func confirmAndSubmit() throws -> Outcome? {
        say("")
        let missing = sheet.unansweredPositions
        if missing.isEmpty {
            say(texts(.allAnswered, ["count": String(sheet.items.count)]))
        } else {
            say(texts(.unansweredSummary, count: missing.count, ["list": texts.list(missing)]))
        }
        let flagged = sheet.flaggedPositions
        if !flagged.isEmpty {
            say(texts(.flaggedSummary, ["list": texts.list(flagged)]))
        }
        while true {
            let outcome = input.readLine(prompt: { self.texts(.confirmSubmit) }, tick: { self.tick() })
            if case .stopped = outcome { return try stopped() }
            guard case .line(let line) = outcome else { return nil }
            if timeIsUp() {
                say(texts(.timeUp))
                return .submitted(try sessions.submit(attemptId: sheet.attempt.id))
            }
            switch line.trimmingCharacters(in: .whitespaces).lowercased() {
            case "y", "yes", "иә", "ия", "да", "д":
                do {
                    return .submitted(try sessions.submit(attemptId: sheet.attempt.id, session: sheet.session))
                } catch let error as QuizzesError {
                    return try refused(error)
                }
            case "n", "no", "жоқ", "нет", "н", "":
                return nil
            default:
                say(texts(.yesOrNo))
            }
        }
    }

    /// A message of ours, wrapped by words to the screen.
    private func say(_ text: String) {
        say(contentsOf: text.isEmpty ? [""] : screen.wrap(text))
    }

    /// Lines already laid out.
    private func say(contentsOf lines: [String]) {
        lines.forEach { Output.line($0) }
    }
}
