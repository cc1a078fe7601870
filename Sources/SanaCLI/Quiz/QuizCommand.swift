import ArgumentParser

struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Sit a course's exam in the terminal, practise a lesson, submit overdue attempts, inspect attempts and results; reset, accommodate and reopen a learner's exam.",
        subcommands: [QuizTakeCommand.self, QuizPracticeCommand.self, QuizExpireCommand.self, QuizShowAttemptCommand.self, QuizResultsCommand.self,
                      QuizResetCommand.self, QuizAccommodateCommand.self, QuizReopenCommand.self]
    )
}
