import ArgumentParser

struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Inspect, check and back up the store; set the time zone learners read times in.",
        subcommands: [DbStatusCommand.self, DbCheckCommand.self, DbBackupCommand.self, DbTimeZoneCommand.self]
    )
}
