import ArgumentParser
import Quizzes

struct QuizResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "Exam results per learner for a course: attempts, the score that counts, passed or not.",
        discussion: "The score that counts follows the course's grading method (highest or last). CSV values are guarded against spreadsheet formulas."
    )

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("The course id.", valueName: "id")) var course: String
    @Option(help: ArgumentHelp("Only learners of this institution.", valueName: "name")) var institution: String?
    @Flag(help: "Print as JSON.") var json = false
    @Flag(help: "Print as CSV.") var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
    }

    func run() throws {
        let results = try QuizResults(store: store.openReadOnly()).results(course: course, institution: institution)
        if json {
            try Output.json(results)
            return
        }
        let header = ["iin", "name", "institution", "attempts", "score", "status", "ever_passed", "last_submitted_at"]
        let rows = results.map { r in
            [r.iin, r.name, r.institution ?? "", String(r.attempts), r.score.map(ResultText.percent) ?? "", r.status.rawValue, r.everPassed ? "yes" : "no", String((r.lastSubmittedAt ?? "").prefix(19))]
        }
        if csv {
            CSVOutput.row(header)
            rows.forEach(CSVOutput.row)
            return
        }
        Output.text(TextTable.render(header: ["IIN", "NAME", "INSTITUTION", "ATTEMPTS", "SCORE", "STATUS"], rows: rows.map { Array($0.prefix(6)) }))
        let passed = results.filter { $0.status == .passed }.count
        Output.line("\(results.count) learner\(results.count == 1 ? "" : "s") with attempts, \(passed) passed")
    }
}
