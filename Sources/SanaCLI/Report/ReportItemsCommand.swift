import ArgumentParser
import Foundation
import Quizzes

struct ReportItemsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "items",
        abstract: "Question quality over every submitted attempt: difficulty, discrimination and flags.",
        discussion: """
            Difficulty is the mean credit (the share correct, partial credit counting in part).
            Discrimination is the point-biserial correlation between a question's credit and the
            rest of the exam's score. Flags: too-easy (difficulty above 0.90), too-hard (below
            0.20), negative-discrimination (stronger learners did worse on it). Unanswered
            questions count as 0.
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("The course id.", valueName: "id")) var course: String
    @Option(help: ArgumentHelp("The course version (default: the current one).", valueName: "n")) var version: Int?
    @Flag(help: "Print as JSON.") var json = false
    @Flag(help: "Print as CSV.") var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
    }

    struct Report: Encodable {
        let course: String
        let version: Int
        let attempts: Int
        let items: [ItemStatistics]
    }

    func run() throws {
        let (found, attempts, items) = try ItemAnalysis(store: store.openReadOnly()).items(course: course, version: version)
        if json {
            try Output.json(Report(course: course, version: found.version, attempts: attempts, items: items))
            return
        }
        let rows = items.map { item in
            [item.qid, item.pool, item.type, String(item.drawn), String(format: "%.3f", item.difficulty),
             item.discrimination.map { String(format: "%.3f", $0) } ?? "", item.flags.map(\.rawValue).joined(separator: " ")]
        }
        if csv {
            CSVOutput.row(["qid", "pool", "type", "drawn", "difficulty", "discrimination", "flags"])
            rows.forEach(CSVOutput.row)
            return
        }
        Output.line("\(course) version \(found.version): \(attempts) submitted attempt\(attempts == 1 ? "" : "s"), \(items.count) question\(items.count == 1 ? "" : "s") drawn")
        if items.isEmpty { return }
        Output.text(TextTable.render(header: ["QUESTION", "POOL", "TYPE", "DRAWN", "DIFFICULTY", "DISCRIMINATION", "FLAGS"], rows: rows))
        let flagged = items.filter { !$0.flags.isEmpty }.count
        Output.line("\(flagged) question\(flagged == 1 ? "" : "s") flagged")
    }
}
