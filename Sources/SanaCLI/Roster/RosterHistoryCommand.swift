import ArgumentParser
import Roster

struct RosterHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List past roster imports: file, fingerprint, who, when, counts."
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "Show only the newest N batches.") var limit: Int?
    @Flag(help: "Print the batches as JSON.") var json = false

    func run() throws {
        let batches = try RosterHistory(store: store.openReadOnly()).batches(limit: limit)
        if json {
            try Output.json(batches)
            return
        }
        if batches.isEmpty {
            Output.line("no imports yet")
            return
        }
        Output.line("batch  started                  by        created  updated  unchanged  withdrawn  rejected  file")
        for batch in batches {
            let state = batch.revertedAt.map { "  (reverted \($0) by \(batch.revertedBy ?? "?"))" } ?? ""
            Output.line(
                "\(pad(batch.id ?? 0, 5))  \(batch.startedAt)  \(batch.actor.padding(toLength: 8, withPad: " ", startingAt: 0))  "
                    + "\(pad(batch.created, 7))  \(pad(batch.updated, 7))  \(pad(batch.unchanged, 9))  \(pad(batch.withdrawn, 9))  \(pad(batch.rejected, 8))  "
                    + "\(batch.fileName) sha256:\(batch.fileSha256.prefix(12))\(state)")
        }
    }

    private func pad(_ value: some BinaryInteger, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
