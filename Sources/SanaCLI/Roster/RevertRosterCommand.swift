import ArgumentParser
import Roster

struct RevertRosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revert",
        abstract: "Undo exactly one import batch, if nothing later touched its learners.",
        discussion: """
            Learners it created are removed, values it changed are restored, withdrawals it made are undone.
            --dry-run names every learner the revert would remove or restore, and changes nothing; --json names
            them too.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: "The batch number, from 'sana roster history'.") var batch: Int64
    @Flag(help: "Check and name everything the revert would do, but change nothing.") var dryRun = false
    @Flag(help: "Print the reverted batch, with each learner's change, as JSON.") var json = false

    func run() throws {
        let opened = try store.open()
        let outcome = try RosterHistory(store: opened).revert(batch, dryRun: dryRun)
        if json {
            try Output.json(outcome)
            return
        }
        let texts = lang.texts(store: opened)
        let withdrawals = outcome.changes.filter { $0.kind == .reinstated && $0.changes.contains { $0.field == "status" } }.count
        let values = [
            "batch": String(batch), "file": Output.visible(outcome.batch.fileName),
            "removed": texts(RosterMessage.learnersRemoved, count: outcome.removed),
            "restored": texts(RosterMessage.learnersRestored, count: outcome.restored),
            "undone": texts(RosterMessage.withdrawalsUndone, count: withdrawals),
        ]
        Output.line(texts(dryRun ? RosterMessage.revertDryRun : RosterMessage.reverted, values))
        // A dry run names everyone (that is what it is for); a revert says what it did in counts
        // (its --json names them: a big batch would flood the terminal).
        guard dryRun else { return }
        for line in LearnerChangeText(texts: texts).lines(outcome.changes) {
            Output.line(line)
        }
    }
}
