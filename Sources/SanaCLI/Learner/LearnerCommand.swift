import ArgumentParser

struct LearnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learner",
        abstract: "Add, list and show learners, and issue their exam access codes (rosters: 'sana roster import').",
        subcommands: [AddLearnerCommand.self, ListLearnersCommand.self, ShowLearnerCommand.self, LearnerCodesCommand.self,
                      LearnerMergeCommand.self, LearnerExportCommand.self, LearnerEraseCommand.self]
    )
}
