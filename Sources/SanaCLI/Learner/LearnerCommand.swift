import ArgumentParser

struct LearnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learner",
        abstract: "Add, list, show and edit learners; withdraw, reinstate, suspend, merge and erase them; export what the store holds about one; issue their exam access codes (rosters: 'sana roster import').",
        subcommands: [
            AddLearnerCommand.self, ListLearnersCommand.self, ShowLearnerCommand.self, LearnerCodesCommand.self,
            LearnerEditCommand.self, LearnerWithdrawCommand.self, LearnerReinstateCommand.self,
            LearnerSuspendCommand.self, LearnerUnsuspendCommand.self,
            LearnerMergeCommand.self, LearnerExportCommand.self, LearnerEraseCommand.self,
        ]
    )
}
