import ArgumentParser
import Foundation
import Quizzes

struct ReportCompletionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completions",
        abstract: "Per institution: learners enrolled, who sat the exam, who passed, and the pass rate.",
        discussion: "Enrolled counts active and completed enrollments (not withdrawn); the pass rate is passed / attempted."
    )

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Only this course (default: every course).", valueName: "id")) var course: String?
    @Flag(help: "Print as JSON.") var json = false
    @Flag(help: "Print as CSV.") var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
    }

    struct Line: Encodable {
        let institution: String?
        let enrolled: Int
        let attempted: Int
        let passed: Int
        let passRate: Double?
    }

    func run() throws {
        let rows = try CompletionReport(store: store.openReadOnly()).rows(course: course)
        if json {
            try Output.json(rows.map { Line(institution: $0.institution, enrolled: $0.enrolled, attempted: $0.attempted, passed: $0.passed, passRate: $0.passRate) })
            return
        }
        let total = CompletionRow(institution: "total", enrolled: rows.map(\.enrolled).reduce(0, +), attempted: rows.map(\.attempted).reduce(0, +), passed: rows.map(\.passed).reduce(0, +))
        func cells(_ row: CompletionRow) -> [String] {
            [row.institution ?? "(none)", String(row.enrolled), String(row.attempted), String(row.passed), row.passRate.map { String(format: "%.1f%%", $0 * 100) } ?? ""]
        }
        if csv {
            CSVOutput.row(["institution", "enrolled", "attempted", "passed", "pass_rate"])
            rows.map(cells).forEach(CSVOutput.row)
            return
        }
        Output.text(TextTable.render(header: ["INSTITUTION", "ENROLLED", "ATTEMPTED", "PASSED", "PASS RATE"], rows: rows.map(cells) + [cells(total)]))
    }
}
