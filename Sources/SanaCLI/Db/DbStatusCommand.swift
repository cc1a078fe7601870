import ArgumentParser
import SanaStore

struct DbStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the store's path, schema version, applied migrations and row counts."
    )

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print the status as JSON.") var json = false

    func run() throws {
        let status = try store.openReadOnly().status()
        if json {
            try Output.json(status)
            return
        }
        Output.line("store:          \(status.path)")
        Output.line("schema version: \(status.schemaVersion)")
        Output.line("migrations:")
        for migration in status.migrations {
            Output.line("  \(migration.name)  \(migration.appliedAt)  sha256 \(migration.sha256.prefix(12))")
        }
        Output.line("rows:")
        let width = status.tables.map(\.table.count).max() ?? 0
        for table in status.tables {
            Output.line("  \(table.table.padding(toLength: width, withPad: " ", startingAt: 0))  \(table.rows)")
        }
    }
}
