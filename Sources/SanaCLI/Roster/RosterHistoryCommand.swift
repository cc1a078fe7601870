import ArgumentParser
import Roster
import SanaStore

struct RosterHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List past roster imports (file, fingerprint, who, when, counts), or what one batch did, learner by learner.",
        discussion: """
            With a batch number: each learner the batch created, enrolled, updated (with the fields it changed:
            field: old → new) or withdrew. Times are in the store's time zone, which is named.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: "A batch number: show what that batch did, learner by learner.") var batch: Int64?
    @Option(help: "Show only the newest N batches.") var limit: Int?
    @Flag(help: "Print the batches (or the batch and its changes) as JSON.") var json = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more, not \(limit)") }
        if batch != nil && limit != nil { throw ValidationError("--limit lists batches: leave it out when naming batch \(batch!)") }
    }

    func run() throws {
        let opened = try store.openReadOnly()
        let history = RosterHistory(store: opened)
        let texts = lang.texts(store: opened)
        if let batch {
            try show(history.batch(batch), texts: texts)
            return
        }
        let batches = try history.batches(limit: limit)
        if json {
            try Output.json(batches)
            return
        }
        if batches.isEmpty {
            Output.line(texts(RosterMessage.noImports))
            return
        }
        let columns: [RosterMessage] = [.columnBatch, .columnStarted, .columnBy, .created, .updated, .identityChanges, .unchanged, .withdrawn, .rejected]
        let rows = batches.map { batch -> [String] in
            [String(batch.id ?? 0), texts.dateTime(batch.startedAt), Output.visible(batch.actor), String(batch.created), String(batch.updated),
             String(batch.identityChanges), String(batch.unchanged), String(batch.withdrawn), String(batch.rejected)]
        }
        let titles = columns.map { texts($0) }
        let widths = titles.indices.map { column in max(titles[column].count, rows.map { $0[column].count }.max() ?? 0) }
        // Text columns (when, who) to the left, counts to the right.
        func cell(_ text: String, _ column: Int) -> String {
            let pad = String(repeating: " ", count: max(0, widths[column] - text.count))
            return column == 1 || column == 2 ? text + pad : pad + text
        }
        Output.line((titles.indices.map { cell(titles[$0], $0) } + [texts(RosterMessage.columnFile)]).joined(separator: "  "))
        for (batch, row) in zip(batches, rows) {
            let state = batch.revertedAt.map {
                "  " + texts(RosterMessage.revertedBy, ["time": texts.dateTime($0), "user": Output.visible(batch.revertedBy ?? "?")])
            } ?? ""
            Output.line((row.indices.map { cell(row[$0], $0) } + ["\(Output.visible(batch.fileName)) sha256:\(batch.fileSha256.prefix(12))\(state)"])
                .joined(separator: "  "))
        }
    }

    private func show(_ found: (batch: ImportBatch, changes: [LearnerChange]), texts: Texts) throws {
        if json {
            try Output.json(BatchReport(batch: found.batch, changes: found.changes))
            return
        }
        let batch = found.batch
        Output.line(texts(RosterMessage.batchHeader, [
            "batch": String(batch.id ?? 0), "file": Output.visible(batch.fileName), "sha": String(batch.fileSha256.prefix(12)),
            "time": texts.dateTime(batch.startedAt), "user": Output.visible(batch.actor),
        ]))
        if let revertedAt = batch.revertedAt {
            Output.line(texts(RosterMessage.batchReverted, ["time": texts.dateTime(revertedAt), "user": Output.visible(batch.revertedBy ?? "?")]))
        }
        if found.changes.isEmpty { Output.line(texts(RosterMessage.nothingToList)) }
        for line in LearnerChangeText(texts: texts).lines(found.changes) {
            Output.line(line)
        }
    }
}

/// `roster history BATCH --json`: the batch's fields, with `changes` beside.
private struct BatchReport: Encodable {
    let batch: ImportBatch
    let changes: [LearnerChange]

    enum CodingKeys: String, CodingKey {
        case changes
    }

    func encode(to encoder: Encoder) throws {
        try batch.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(changes, forKey: .changes)
    }
}
