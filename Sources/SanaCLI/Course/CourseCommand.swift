import ArgumentParser

struct CourseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "course",
        abstract: "Check, import and inspect course packages (course.yaml, lessons, GIFT question banks).",
        discussion: "The package format is described in courses/README.md.",
        subcommands: [CourseCheckCommand.self, CourseImportCommand.self, CourseListCommand.self, CourseShowCommand.self, CourseExportGiftCommand.self]
    )
}
