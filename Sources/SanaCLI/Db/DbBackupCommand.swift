import ArgumentParser
import SanaStore

struct DbBackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the store to a new file, consistently, even while others write.",
        discussion: "Uses SQLite's online backup. Refuses to overwrite an existing file; the copy is mode 0600."
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The new file to write.", valueName: "out")) var out: String

    func run() throws {
        let store = try store.open()
        let destination = StoreLocation.resolve(explicit: out)
        try store.backup(to: destination)
        Output.line("backed up \(store.path) to \(destination)")
    }
}
