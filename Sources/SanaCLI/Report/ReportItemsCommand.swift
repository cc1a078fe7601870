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
    @OptionGroup var lang: LanguageOption
    @OptionGroup var format: ReportFormat

    static let columns: [(csv: String, words: ReportMessage)] = [
        ("qid", .question), ("pool", .pool), ("type", .type), ("drawn", .drawn), ("difficulty", .difficulty), ("discrimination", .discrimination), ("flags", .flags),
    ]

    struct Report: Encodable {
        let course: String
        let version: Int
        let attempts: Int
        let items: [ItemStatistics]
    }

    func run() throws {
        let opened = try store.openReadOnly()
        let (found, attempts, items) = try ItemAnalysis(store: opened).items(course: course, version: version)
        if format.json {
            try Output.json(Report(course: course, version: found.version, attempts: attempts, items: items))
            return
        }
        let texts = lang.texts(store: opened)
        // Decimal commas for a person reading Kazakh or Russian (terminal or Excel), points in plain CSV.
        let comma = format.localized && texts.language != .en
        func number(_ value: Double) -> String {
            let text = String(format: "%.3f", value)
            return comma ? text.replacingOccurrences(of: ".", with: ",") : text
        }
        let rows = items.map { item in
            [item.qid, item.pool, item.type, String(item.drawn), number(item.difficulty),
             item.discrimination.map(number) ?? "", item.flags.map(\.rawValue).joined(separator: " ")]
        }
        if format.csv || format.excel {
            format.print(columns: ReportItemsCommand.columns, rows: rows, texts: texts)
            return
        }
        Output.line(texts(ReportMessage.itemsAttempts, count: attempts, ["course": course, "version": String(found.version)])
            + texts(ReportMessage.itemsDrawn, count: items.count))
        if items.isEmpty { return }
        format.print(columns: ReportItemsCommand.columns, rows: rows, texts: texts)
        let flagged = items.filter { !$0.flags.isEmpty }.count
        Output.line(texts(ReportMessage.itemsFlagged, count: flagged))
    }
}
