import ArgumentParser

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports over the store: question quality, completions per institution, practice and progress per learner.",
        subcommands: [ReportItemsCommand.self, ReportCompletionsCommand.self, ReportPracticeCommand.self, ReportProgressCommand.self]
    )
}
