import ArgumentParser
import Enrollment

struct ShowLearnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one learner and their enrollments, with when they enrolled, completed or were withdrawn.",
        discussion: "Times are in the store's time zone ('sana db time-zone'), the zone named; --json gives them as stored (UTC)."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: "The learner's IIN.") var iin: String
    @Flag(help: "Print the learner as JSON.") var json = false

    func run() throws {
        let parsed = try IIN.argument(iin)
        let opened = try store.openReadOnly()
        let learner = try Learners(store: opened).profile(iin: parsed)
        if json {
            try Output.json(learner)
            return
        }
        let texts = lang.texts(store: opened)
        Output.line("\(learner.iin)  \(Output.visible(learner.fullName))")
        var rows: [(LearnerAdminMessage, String?)] = [
            (.labelEmail, learner.email), (.labelUniversity, learner.institution), (.labelFaculty, learner.faculty),
            (.labelGroup, learner.studyGroup), (.labelStudentNumber, learner.studentNumber), (.labelLanguage, learner.locale), (.labelStatus, texts.accountStatus(learner.status)),
            (.labelAdded, texts.dateTime(learner.createdAt)), (.labelUpdated, texts.dateTime(learner.updatedAt)),
        ]
        rows += learner.enrollments.map { (.labelCourse, texts.enrollment($0)) }
        let width = rows.map { texts($0.0).count }.max()! + 1
        for (label, value) in rows {
            Output.line("  " + texts(label).padding(toLength: width, withPad: " ", startingAt: 0) + Output.visible(value ?? "-"))
        }
    }
}
