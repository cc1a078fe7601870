import ArgumentParser
import Enrollment
import Foundation
import Quizzes

struct QuizReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: "Re-open a learner's submitted attempt (after a power cut, say) so they can continue it.",
        discussion: """
            The learner's last submitted attempt at the course that counts is open again, with its
            answers as they were, for the minutes given (default: the time it had left when it ended),
            and the learner continues it with 'sana quiz take'. Its score counts again once submitted.
            Refused when a certificate was issued from it or another attempt is open. Audited, with
            the reason and the OS user.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Option(help: ArgumentHelp("The learner's IIN (12 digits).", valueName: "iin")) var learner: String
    @Option(help: ArgumentHelp("The course id.", valueName: "id")) var course: String
    @Option(help: ArgumentHelp("Minutes the attempt stays open from now (1 to 1440; default: the time it had left).", valueName: "n")) var minutes: Int?
    @Option(help: ArgumentHelp("Why it is re-opened (kept in the audit log).", valueName: "text")) var reason: String
    @Flag(help: "Print what was done as JSON.") var json = false

    func validate() throws {
        if let minutes, !(1...1440).contains(minutes) {
            throw ValidationError("--minutes must be from 1 to 1440, not \(minutes)")
        }
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("give a reason with --reason, for instance --reason \"power cut during the exam\"")
        }
    }

    func run() throws {
        let iin = try IIN.argument(learner)
        let opened = try store.open()
        let done = try ExamAdministration(store: opened).reopen(iin: iin, course: course, minutes: minutes, reason: reason.trimmingCharacters(in: .whitespacesAndNewlines))
        if json {
            try Output.json(done)
            return
        }
        let texts = lang.texts(store: opened)
        Output.line(texts(ExamAdminMessage.reopened, count: done.minutes, [
            "iin": done.iin, "course": done.course, "attempt": String(done.attempt), "time": texts.dateTime(done.deadline),
        ]))
    }
}
