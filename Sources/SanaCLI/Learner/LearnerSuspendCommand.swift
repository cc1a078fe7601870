import ArgumentParser
import Enrollment

struct LearnerSuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suspend",
        abstract: "Suspend a learner's account: their access code is refused, so they cannot start or resume an exam ('unsuspend' lifts it).",
        discussion: "Lessons, enrollments, attempts and certificates stay as they are. Audited with the OS user and the reason."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: "The learner's IIN.") var iin: String
    @Option(help: ArgumentHelp("Why, for the audit trail (at most 500 characters).", valueName: "text")) var reason: String?
    @Flag(help: "Print the learner as JSON.") var json = false

    func run() throws {
        let parsed = try IIN.argument(iin)
        let opened = try store.open()
        let learner = try Learners(store: opened).suspend(iin: parsed, reason: reason)
        if json {
            try Output.json(learner)
            return
        }
        Output.line(lang.texts(store: opened)(LearnerAdminMessage.suspendedNow, ["iin": learner.iin, "name": Output.visible(learner.fullName)]))
    }
}
