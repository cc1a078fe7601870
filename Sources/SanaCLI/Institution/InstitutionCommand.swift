import ArgumentParser

struct InstitutionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "institution",
        abstract: "List, rename and merge universities (a roster's typo that became a second university).",
        subcommands: [InstitutionListCommand.self, InstitutionRenameCommand.self, InstitutionMergeCommand.self]
    )
}
