import ArgumentParser
import Courses
import Dispatch
import Enrollment
import Foundation
import Quizzes
import SanaStore

struct QuizTakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "take",
        abstract: "Sit a course's exam in the terminal (or from an answers file); resumes an open attempt.",
        discussion: """
            The learner proves who they are with their access code: typed at the prompt (not
            echoed), or $SANA_ACCESS_CODE. Every answer is saved the moment it is given: after
            Ctrl-C, a dropped connection or a closed terminal, the same command resumes at the first
            unanswered question with the same questions in the same order, while the clock keeps
            running. Answers: a letter (choice), letters (multiple answers, such as 'a c'), t or f,
            a short text, a number, or one letter per item (matching, such as 'b a c').
            Commands start with ':' (:h lists them).

            --answers FILE takes a JSON object of question id → answer (letters as shown or the
            option's text, true/false, a number, a list for multiple answers and matching), records
            each answer in turn and submits, unless --no-submit. With --json the result (or, with
            --no-submit, the questions as shown) is printed as JSON.
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The course id.", valueName: "course")) var course: String
    @Option(help: ArgumentHelp("The learner's IIN (12 digits).", valueName: "iin")) var learner: String
    @Option(help: ArgumentHelp("The language of a new attempt (default: the learner's).", valueName: "kk|ru|en")) var lang: Language?
    @Option(help: ArgumentHelp("Answer from a JSON file (question id → answer) instead of the terminal; '-' for stdin.", valueName: "file")) var answers: UserPath?
    @Flag(help: "With --answers: record the answers but leave the attempt open.") var noSubmit = false
    @Flag(help: "With --answers: print the outcome as JSON.") var json = false

    func validate() throws {
        if answers == nil && (json || noSubmit) {
            throw ValidationError("--json and --no-submit go with --answers")
        }
    }

    func run() throws {
        let iin = try IIN.argument(learner)
        let store = try store.openForSession()
        let sessions = QuizSessions(store: store)
        ExamSignals.install()
        if let answers {
            try takeFromFile(answers.typed, store: store, sessions: sessions, iin: iin)
            return
        }
        // The learner's screen: their language and zone from the start, errors they can meet included.
        let language = LearnerLanguage.forExam(store: store, sessions: sessions, iin: iin, course: course, requested: lang)
        let texts = Texts(language: language, time: LocalTime.resolve(setting: try? store.timeZoneSetting()))
        // Written by the signal handler as it is: wrapped now, to the screen's width.
        defer { TerminalInput.shared.restore() }
        ExamSignals.install(stopped: WordWrapper(width: min(Terminal.size().columns, 100)).wrap("sana: " + texts(.stopped), rest: "").joined(separator: "\n"))
        do {
            try takeInTerminal(store: store, sessions: sessions, iin: iin, texts: texts)
        } catch let error as ExitCode {
            throw error
        } catch {
            throw texts.failure(error)
        }
    }

    private func takeInTerminal(store: Store, sessions: QuizSessions, iin: IIN, texts: Texts) throws {
        // Any contact submits the learner's attempts whose time ran out (shown once they prove who they are).
        let expired = try sessions.expireOverdue(iin: iin).last
        let environment = ProcessInfo.processInfo.environment["SANA_ACCESS_CODE"] ?? ""
        QuizTakeCommand.keepUTF8Input()
        try AccessCodePrompt.verify(store: store, iin: iin, texts: texts, given: environment.isEmpty ? nil : environment)
        if let expired {
            TerminalInput.shared.restore()
            let number = try sessions.sheet(attemptId: expired).attemptNumber
            ResultText.show(try sessions.result(attemptId: expired), styled: Terminal.stylesOutput, texts: texts, number: number)
            return
        }
        let sheet = try sessions.start(course: course, iin: iin, language: lang)
        let attemptTexts = Texts(language: sheet.attempt.language, time: texts.time)
        // What starting the attempt allocated and freed (the code check, the draw) goes back to the
        // system before the session waits on a person for the better part of an hour: a machine
        // runs a thousand of these.
        MemoryRelease.now()
        let outcome = try ExamTerminal(sessions: sessions, sheet: sheet, texts: attemptTexts, styled: Terminal.stylesOutput).run()
        TerminalInput.shared.restore()
        switch outcome {
        case .submitted(let result):
            Output.line()
            ResultText.show(result, styled: Terminal.stylesOutput, texts: attemptTexts, number: sheet.attemptNumber)
        case .left:
            break
        case .stopped:
            throw ExitCode.failure
        }
    }

    /// Answers from a file, for scripts: English, one try at the code ($SANA_ACCESS_CODE or a line).
    private func takeFromFile(_ path: String, store: Store, sessions: QuizSessions, iin: IIN) throws {
        let texts = Texts(language: .en, time: LocalTime.resolve(setting: try? store.timeZoneSetting()))
        let expired = try sessions.expireOverdue(iin: iin).last
        let environment = ProcessInfo.processInfo.environment["SANA_ACCESS_CODE"] ?? ""
        let code = environment.isEmpty ? (SecretPrompt.read("Access code for \(iin.digits): ") ?? "") : environment
        try AccessCodes(store: store).verify(iin: iin, typed: code) { db, learnerId, from, until in
            try QuizSessions.pauseForLockout(db, learnerId: learnerId, from: from, until: until)
        }
        if let expired {
            let result = try sessions.result(attemptId: expired)
            if json {
                try Output.json(TakeReport(attemptId: expired, resumed: true, deadline: "", recorded: [], result: result, questions: nil))
            } else {
                Output.text(ResultText.render(result, styled: Terminal.stylesOutput, texts: texts, number: try sessions.sheet(attemptId: expired).attemptNumber))
            }
            return
        }
        let sheet = try sessions.start(course: course, iin: iin, language: lang)
        try answerFromFile(path, sheet: sheet, sessions: sessions, texts: texts)
    }

    private func answerFromFile(_ path: String, sheet: AttemptSheet, sessions: QuizSessions, texts: Texts) throws {
        let given = try AnswersFile.read(path)
        var problems: [(qid: String, message: String)] = []
        var responses: [(qid: String, response: Response)] = []
        let byQid = Dictionary(uniqueKeysWithValues: sheet.items.map { ($0.question.id, $0) })
        for qid in given.keys.sorted() where byQid[qid] == nil {
            problems.append((qid, QuizzesError.notInAttempt(attempt: sheet.attempt.id, qid: qid).description))
        }
        for item in sheet.items {
            guard let value = given[item.question.id] else { continue }
            do {
                responses.append((item.question.id, try ResponseInput.parse(value, question: item.question, optionOrder: item.optionOrder)))
            } catch let error as QuizzesError {
                problems.append((item.question.id, error.description))
            }
        }
        for problem in problems.sorted(by: { $0.qid < $1.qid }) {
            Output.diagnostic("\(path): error: \(problem.message)")
        }
        if !problems.isEmpty { throw QuizzesError.invalidAnswers(path: path, count: problems.count) }
        var recorded: [TakeReport.Recorded] = []
        for (qid, response) in responses {
            let started = DispatchTime.now().uptimeNanoseconds
            do {
                try sessions.answer(attemptId: sheet.attempt.id, qid: qid, response: response, session: sheet.session)
            } catch let error as QuizzesError {
                if case .deadlinePassed = error {
                    try report(sheet: sheet, recorded: recorded, result: sessions.result(attemptId: sheet.attempt.id), sessions: sessions, texts: texts)
                }
                throw error
            }
            recorded.append(.init(qid: qid, commitMs: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6))
        }
        let result = noSubmit ? nil : try sessions.submit(attemptId: sheet.attempt.id, session: sheet.session)
        try report(sheet: sheet, recorded: recorded, result: result, sessions: sessions, texts: texts)
    }

    private func report(sheet: AttemptSheet, recorded: [TakeReport.Recorded], result: AttemptResult?, sessions: QuizSessions, texts: Texts) throws {
        if json {
            var questions: [TakeReport.ShownQuestion]?
            if result == nil {
                questions = try sessions.sheet(attemptId: sheet.attempt.id).items.map { item in
                    TakeReport.ShownQuestion(
                        position: item.position, qid: item.question.id, type: item.question.type.rawValue, text: item.question.text,
                        options: item.shownOptions, prompts: item.question.type == .matching ? item.question.matchingPrompts : nil,
                        answer: item.typedResponse)
                }
            }
            try Output.json(TakeReport(attemptId: sheet.attempt.id, resumed: sheet.resumed, deadline: sheet.attempt.deadline, recorded: recorded, result: result, questions: questions))
        } else if let result {
            Output.text(ResultText.render(result, styled: Terminal.stylesOutput, texts: texts, number: sheet.attemptNumber))
        } else {
            let answered = try sessions.sheet(attemptId: sheet.attempt.id).answeredCount
            Output.line("attempt \(sheet.attempt.id): recorded \(recorded.count) answer\(recorded.count == 1 ? "" : "s"), \(answered) of \(sheet.items.count) answered; open until \(texts.dateTime(sheet.attempt.deadline))")
        }
    }

    /// Line editing on a terminal erases whole Kazakh and Russian letters only with IUTF8 set.
    static func keepUTF8Input() {
        guard isatty(STDIN_FILENO) == 1 else { return }
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        if settings.c_iflag & tcflag_t(IUTF8) == 0 {
            settings.c_iflag |= tcflag_t(IUTF8)
            tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        }
    }
}
