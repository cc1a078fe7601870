import ArgumentParser

struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Sit a course's exam in the terminal, submit overdue attempts, inspect attempts and results.",
        subcommands: [QuizTakeCommand.self, QuizExpireCommand.self, QuizShowAttemptCommand.self, QuizResultsCommand.self]
    )
}
