import ArgumentParser
import Quizzes

struct QuizResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "Exam results per learner for a course: attempts, the score that counts, passed or not.",
        discussion: """
            The score that counts follows the course's grading method (highest or last); attempts an
            admin reset (sana quiz reset) do not count. --csv and --excel add the learner's student
            number, for a university's own system. CSV values are guarded against spreadsheet formulas.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Option(help: ArgumentHelp("The course id.", valueName: "id")) var course: String
    @Option(help: ArgumentHelp("Only learners of this institution.", valueName: "name")) var institution: String?
    @OptionGroup var format: ReportFormat

    static let columns: [(csv: String, words: ReportMessage)] = [
        ("iin", .iin), ("name", .name), ("institution", .institution), ("attempts", .attempts), ("score", .score), ("status", .status),
        ("ever_passed", .everPassed), ("last_submitted_at", .lastSubmitted), ("student_number", .studentNumber),
    ]

    func run() throws {
        let opened = try store.openReadOnly()
        let results = try QuizResults(store: opened).results(course: course, institution: institution)
        if format.json {
            try Output.json(results)
            return
        }
        let texts = lang.texts(store: opened)
        let words = format.localized
        let rows = results.map { r -> [String] in
            let status: String
            switch r.status {
            case .passed: status = words ? texts(ReportMessage.passedStatus) : r.status.rawValue
            case .failed: status = words ? texts(ReportMessage.failedStatus) : r.status.rawValue
            case .inProgress: status = words ? texts(ReportMessage.inProgress) : r.status.rawValue
            }
            let submitted = r.lastSubmittedAt.map { words ? texts.dateTime($0) : String($0.prefix(19)) } ?? ""
            return [r.iin, r.name, r.institution ?? "", String(r.attempts), r.score.map { words ? texts.percent($0) : ResultText.percent($0) } ?? "",
                    status, words ? texts(r.everPassed ? ReportMessage.yes : ReportMessage.no) : (r.everPassed ? "yes" : "no"), submitted, r.studentNumber ?? ""]
        }
        format.print(columns: QuizResultsCommand.columns, rows: rows, texts: texts, terminalColumns: 6)
        if !format.csv && !format.excel {
            let passed = results.filter { $0.status == .passed }.count
            Output.line(texts(ReportMessage.resultsSummary, count: results.count, ["passed": String(passed)]))
        }
    }
}
