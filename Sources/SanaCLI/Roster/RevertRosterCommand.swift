import ArgumentParser
import Roster

struct RevertRosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revert",
        abstract: "Undo exactly one import batch, if nothing later touched its learners.",
        discussion: "Learners it created are removed, values it changed are restored, withdrawals it made are undone."
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "The batch number, from 'sana roster history'.") var batch: Int64
    @Flag(help: "Print the reverted batch as JSON.") var json = false

    func run() throws {
        let reverted = try RosterHistory(store: store.open()).revert(batch)
        if json {
            try Output.json(reverted)
            return
        }
        Output.line("reverted batch \(batch) (\(reverted.fileName)): \(reverted.created) learners removed, \(reverted.updated) learners restored, \(reverted.withdrawn) withdrawals undone")
    }
}
