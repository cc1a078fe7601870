import ArgumentParser

struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Import university rosters, see past imports, undo one.",
        subcommands: [ImportRosterCommand.self, RosterHistoryCommand.self, RevertRosterCommand.self]
    )
}
