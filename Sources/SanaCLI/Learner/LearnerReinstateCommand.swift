import ArgumentParser
import Enrollment

struct LearnerReinstateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reinstate",
        abstract: "Take a learner's withdrawal from a course back: active again, or completed if they had completed it.",
        discussion: "Audited with the OS user."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: "The learner's IIN.") var iin: String
    @Option(help: ArgumentHelp("The course they were withdrawn from.", valueName: "id")) var course: String
    @Flag(help: "Print the enrollment as JSON.") var json = false

    func run() throws {
        let parsed = try IIN.argument(iin)
        let opened = try store.open()
        let learner = try Learners(store: opened).reinstate(iin: parsed, course: course)
        try LearnerEnrollmentOutput.print(learner, course: course, json: json, texts: lang.texts(store: opened)) { texts, enrollment in
            texts(LearnerAdminMessage.reinstated, [
                "iin": learner.iin, "name": Output.visible(learner.fullName), "course": course, "status": texts.status(enrollment.status),
            ])
        }
    }
}
