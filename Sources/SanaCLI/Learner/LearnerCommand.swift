import ArgumentParser

struct LearnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learner",
        abstract: "Add, list, show and edit learners, withdraw, reinstate and suspend them, and issue their exam access codes (rosters: 'sana roster import').",
        subcommands: [
            AddLearnerCommand.self, ListLearnersCommand.self, ShowLearnerCommand.self, LearnerCodesCommand.self,
            LearnerEditCommand.self,
            LearnerWithdrawCommand.self,
            LearnerReinstateCommand.self,
            LearnerSuspendCommand.self,
            LearnerUnsuspendCommand.self,
        ]
    )
}
