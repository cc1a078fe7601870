import ArgumentParser
import Foundation
import Quizzes

struct ReportCompletionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completions",
        abstract: "Per institution: learners enrolled, who sat the exam, who passed, and the pass rate.",
        discussion: "Enrolled counts active and completed enrollments (not withdrawn); the pass rate is passed / attempted. Attempts an admin reset do not count."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Option(help: ArgumentHelp("Only this course (default: every course).", valueName: "id")) var course: String?
    @OptionGroup var format: ReportFormat

    struct Line: Encodable {
        let institution: String?
        let enrolled: Int
        let attempted: Int
        let passed: Int
        let passRate: Double?
    }

    static let columns: [(csv: String, words: ReportMessage)] = [
        ("institution", .institution), ("enrolled", .enrolled), ("attempted", .attempted), ("passed", .passedCount), ("pass_rate", .passRate),
    ]

    func run() throws {
        let opened = try store.openReadOnly()
        let rows = try CompletionReport(store: opened).rows(course: course)
        if format.json {
            try Output.json(rows.map { Line(institution: $0.institution, enrolled: $0.enrolled, attempted: $0.attempted, passed: $0.passed, passRate: $0.passRate) })
            return
        }
        let texts = lang.texts(store: opened)
        let words = format.localized
        let total = CompletionRow(institution: texts(ReportMessage.total), enrolled: rows.map(\.enrolled).reduce(0, +), attempted: rows.map(\.attempted).reduce(0, +), passed: rows.map(\.passed).reduce(0, +))
        func cells(_ row: CompletionRow) -> [String] {
            let rate = row.passRate.map { rate -> String in
                let text = String(format: "%.1f%%", rate * 100)
                return words && texts.language != .en ? text.replacingOccurrences(of: ".", with: ",") : text
            }
            return [row.institution ?? (words ? "(\(texts(ReportMessage.none)))" : "(none)"), String(row.enrolled), String(row.attempted), String(row.passed), rate ?? ""]
        }
        format.print(columns: ReportCompletionsCommand.columns, rows: rows.map(cells) + (format.csv || format.excel ? [] : [cells(total)]), texts: texts)
    }
}
