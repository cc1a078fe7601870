import ArgumentParser
import SanaStore

struct DbStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the store's path, schema version, applied migrations and row counts."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Flag(help: "Print the status as JSON.") var json = false

    func run() throws {
        let opened = try store.openReadOnly()
        let status = try opened.status()
        if json {
            try Output.json(status)
            return
        }
        let texts = lang.texts(store: opened)
        let labels = [texts(AdminMessage.storePath), texts(AdminMessage.schemaVersion)]
        let labelWidth = labels.map(\.count).max()! + 1
        Output.line(labels[0].padding(toLength: labelWidth, withPad: " ", startingAt: 0) + status.path)
        Output.line(labels[1].padding(toLength: labelWidth, withPad: " ", startingAt: 0) + String(status.schemaVersion))
        Output.line(texts(AdminMessage.migrations))
        for migration in status.migrations {
            Output.line("  \(migration.name)  \(texts.dateTime(migration.appliedAt))  sha256 \(migration.sha256.prefix(12))")
        }
        Output.line(texts(AdminMessage.rows))
        let width = status.tables.map(\.table.count).max() ?? 0
        for table in status.tables {
            Output.line("  \(table.table.padding(toLength: width, withPad: " ", startingAt: 0))  \(table.rows)")
        }
    }
}
