import ArgumentParser
import Foundation
import Enrollment
import Quizzes

struct QuizResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Give a learner their attempts at a course's exam back (the attempts stay, no longer counting).",
        discussion: """
            Every attempt of the learner at the course (any version) stops counting: not towards the
            attempts allowed, the score, the pass or a certificate. They stay in the store for the
            record, marked with the reason. An open attempt is closed first (graded as it stands, as if
            its time ran out now). A completed enrollment becomes active again. Refused while the
            learner holds a certificate for the course: revoke it first (sana cert revoke). Audited,
            with the reason and the OS user.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Option(help: ArgumentHelp("The learner's IIN (12 digits).", valueName: "iin")) var learner: String
    @Option(help: ArgumentHelp("The course id.", valueName: "id")) var course: String
    @Option(help: ArgumentHelp("Why the attempts are given back (kept in the store and the audit log).", valueName: "text")) var reason: String
    @Flag(help: "Print what was done as JSON.") var json = false

    func validate() throws {
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("give a reason with --reason, for instance --reason \"power cut during the exam\"")
        }
    }

    func run() throws {
        let iin = try IIN.argument(learner)
        let opened = try store.open()
        let reset = try ExamAdministration(store: opened).reset(iin: iin, course: course, reason: reason.trimmingCharacters(in: .whitespacesAndNewlines))
        if json {
            try Output.json(reset)
            return
        }
        let texts = lang.texts(store: opened)
        if let closed = reset.closed {
            Output.line(texts(ExamAdminMessage.resetClosed, ["attempt": String(closed)]))
        }
        Output.line(texts(ExamAdminMessage.resetVoided, count: reset.voided.count, [
            "iin": reset.iin, "course": reset.course, "ids": reset.voided.map(String.init).joined(separator: ", "),
        ]))
        Output.line(texts(ExamAdminMessage.attemptsLeft, count: reset.attemptsLeft))
    }
}
