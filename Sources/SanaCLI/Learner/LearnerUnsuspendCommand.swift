import ArgumentParser
import Enrollment

struct LearnerUnsuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unsuspend",
        abstract: "Lift a learner's suspension: their access code works again.",
        discussion: "Audited with the OS user."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: "The learner's IIN.") var iin: String
    @Flag(help: "Print the learner as JSON.") var json = false

    func run() throws {
        let parsed = try IIN.argument(iin)
        let opened = try store.open()
        let learner = try Learners(store: opened).unsuspend(iin: parsed)
        if json {
            try Output.json(learner)
            return
        }
        Output.line(lang.texts(store: opened)(LearnerAdminMessage.unsuspendedNow, ["iin": learner.iin, "name": Output.visible(learner.fullName)]))
    }
}
