import ArgumentParser
import Enrollment

struct LearnerWithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Withdraw one learner from a course (they keep what they did; 'reinstate' takes it back).",
        discussion: """
            The enrollment becomes withdrawn, with the time: the learner can no longer open the \
            course's lessons or start its exam. Their attempts, progress and certificates stay. \
            Audited with the OS user and the reason.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: "The learner's IIN.") var iin: String
    @Option(help: ArgumentHelp("The course to withdraw them from.", valueName: "id")) var course: String
    @Option(help: ArgumentHelp("Why, for the audit trail (at most 500 characters).", valueName: "text")) var reason: String?
    @Flag(help: "Print the enrollment as JSON.") var json = false

    func run() throws {
        let parsed = try IIN.argument(iin)
        let opened = try store.open()
        let learner = try Learners(store: opened).withdraw(iin: parsed, course: course, reason: reason)
        try LearnerEnrollmentOutput.print(learner, course: course, json: json, texts: lang.texts(store: opened)) { texts, enrollment in
            texts(LearnerAdminMessage.withdrew, [
                "iin": learner.iin, "name": Output.visible(learner.fullName), "course": course,
                "time": texts.dateTime(enrollment.withdrawnAt ?? ""),
            ])
        }
    }
}
