import ArgumentParser
import Courses
import Enrollment
import Foundation
import Quizzes

struct QuizPracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Practise a lesson's questions: each graded at once with the right answer and feedback; never counts.",
        discussion: """
            Asks the practice questions of lesson N of the course's current version, in the
            learner's language (or --lang), in the order written. Each answer is graded at once
            and the screen shows whether it was right, the right answer and the feedback. Enter
            skips a question, :q stops. Practice needs no access code: it is not assessed, never
            counts towards the exam, its attempts or a certificate; each answer is kept for
            'sana report practice'. The learner must be enrolled in the course.

            --answers FILE takes a JSON object of question id → answer (as for 'sana quiz take':
            letters in the order written or the option's text, true/false, a number, a list) and
            grades each; with --json the outcomes are printed as JSON.
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The course id.", valueName: "course")) var course: String
    @Option(help: ArgumentHelp("The learner's IIN (12 digits).", valueName: "iin")) var learner: String
    @Option(help: ArgumentHelp("The lesson whose practice set to take (1 for the first lesson).", valueName: "n")) var lesson: Int
    @Option(help: ArgumentHelp("The language (default: the learner's).", valueName: "kk|ru|en")) var lang: Language?
    @Option(help: ArgumentHelp("Answer from a JSON file (question id → answer) instead of the terminal; '-' for stdin.", valueName: "file")) var answers: String?
    @Flag(help: "With --answers: print the outcomes as JSON.") var json = false

    func validate() throws {
        if answers == nil && json {
            throw ValidationError("--json goes with --answers")
        }
    }

    /// What `--answers FILE --json` prints.
    struct Report: Encodable {
        struct Item: Encodable {
            let qid: String
            let response: String
            let credit: Double
            let correctAnswer: String
            let feedback: [String]
            let answeredAt: String
        }

        let course: String
        let version: Int
        let lesson: Int
        let lessonTitle: String
        let language: Language
        let questions: Int
        let answered: Int
        let right: Int
        /// 0...1; nil when nothing was answered.
        let meanCredit: Double?
        let counts: Bool
        let outcomes: [Item]
    }

    func run() throws {
        let iin = try IIN.argument(learner)
        let sessions = PracticeSessions(store: try store.open())
        let set = try sessions.open(course: course, iin: iin, lesson: lesson, language: lang)
        if let answers {
            try answerFromFile(answers, set: set, sessions: sessions)
            return
        }
        QuizTakeCommand.keepUTF8Input()
        _ = try PracticeTerminal(sessions: sessions, set: set, styled: Terminal.stylesOutput).run()
    }

    private func answerFromFile(_ path: String, set: PracticeSet, sessions: PracticeSessions) throws {
        let given = try AnswersFile.read(path)
        var problems: [(qid: String, message: String)] = []
        var responses: [(question: Question, response: Response)] = []
        let ids = Set(set.questions.map(\.id))
        for qid in given.keys.sorted() where !ids.contains(qid) {
            problems.append((qid, QuizzesError.notInPractice(course: set.course, lesson: set.lesson, qid: qid).description))
        }
        for question in set.questions {
            guard let value = given[question.id] else { continue }
            do {
                responses.append((question, try ResponseInput.parse(value, question: question, optionOrder: Array(question.options.indices))))
            } catch let error as QuizzesError {
                problems.append((question.id, error.description))
            }
        }
        for problem in problems.sorted(by: { $0.qid < $1.qid }) {
            Output.diagnostic("\(path): error: \(problem.message)")
        }
        if !problems.isEmpty { throw QuizzesError.invalidAnswers(path: path, count: problems.count) }
        var outcomes: [(question: Question, outcome: PracticeOutcome)] = []
        for (question, response) in responses {
            outcomes.append((question, try sessions.answer(set, qid: question.id, response: response)))
        }
        let text = PracticeText.language(set.language)
        if json {
            let credits = outcomes.map(\.outcome.credit)
            try Output.json(Report(
                course: set.course, version: set.version, lesson: set.lesson, lessonTitle: set.lessonTitle, language: set.language,
                questions: set.questions.count, answered: outcomes.count, right: credits.filter { $0 >= 1 }.count,
                meanCredit: credits.isEmpty ? nil : credits.reduce(0, +) / Double(credits.count), counts: false,
                outcomes: outcomes.map { question, outcome in
                    Report.Item(qid: outcome.qid, response: text.describe(outcome.response, of: question), credit: outcome.credit,
                                correctAnswer: text.correct(question), feedback: outcome.feedback, answeredAt: outcome.answeredAt)
                }))
            return
        }
        Output.line(text.header(set.courseTitle, set.lesson, set.lessonTitle))
        Output.line(text.intro(set.questions.count))
        for (question, outcome) in outcomes {
            let position = (set.questions.firstIndex { $0.id == question.id } ?? 0) + 1
            Output.line("")
            Output.line("\(text.question(position, set.questions.count)) · \(question.text)")
            text.outcome(outcome, of: question).forEach { Output.line($0) }
        }
        Output.line("")
        Output.line(text.summary(outcomes.map(\.outcome)))
    }
}
