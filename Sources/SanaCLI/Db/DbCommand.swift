import ArgumentParser

struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Inspect, check and back up the store.",
        subcommands: [DbStatusCommand.self, DbCheckCommand.self, DbBackupCommand.self]
    )
}
