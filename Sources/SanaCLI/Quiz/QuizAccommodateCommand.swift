import ArgumentParser
import Enrollment
import Quizzes

struct QuizAccommodateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accommodate",
        abstract: "Show, set or clear a learner's accommodations at a course's exam: extra minutes, extra attempts.",
        discussion: """
            Extra minutes are added to the time limit of each attempt; extra attempts to those the
            course allows. Without --extra-minutes, --extra-attempts or --clear, shows what is set.
            Giving one keeps the other as it was; 0 takes it away. An open attempt's deadline moves
            by the change in extra minutes. Changes are audited with the OS user.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Option(help: ArgumentHelp("The learner's IIN (12 digits).", valueName: "iin")) var learner: String
    @Option(help: ArgumentHelp("The course id.", valueName: "id")) var course: String
    @Option(help: ArgumentHelp("Minutes added to each attempt's time limit (0 to \(Accommodation.maxExtraMinutes)).", valueName: "n")) var extraMinutes: Int?
    @Option(help: ArgumentHelp("Attempts added to those the course allows (0 to \(Accommodation.maxExtraAttempts)).", valueName: "n")) var extraAttempts: Int?
    @Flag(help: "Remove the learner's accommodations at the course.") var clear = false
    @Flag(help: "Print the accommodation as JSON.") var json = false

    func validate() throws {
        if clear && (extraMinutes != nil || extraAttempts != nil) {
            throw ValidationError("--clear removes every accommodation: give it alone, or set --extra-minutes 0 or --extra-attempts 0")
        }
        if let extraMinutes, !(0...Accommodation.maxExtraMinutes).contains(extraMinutes) {
            throw ValidationError("--extra-minutes must be from 0 to \(Accommodation.maxExtraMinutes), not \(extraMinutes)")
        }
        if let extraAttempts, !(0...Accommodation.maxExtraAttempts).contains(extraAttempts) {
            throw ValidationError("--extra-attempts must be from 0 to \(Accommodation.maxExtraAttempts), not \(extraAttempts)")
        }
    }

    struct Shown: Encodable {
        let iin: String
        let course: String
        let extraMinutes: Int
        let extraAttempts: Int
    }

    func run() throws {
        let iin = try IIN.argument(learner)
        let changes = clear || extraMinutes != nil || extraAttempts != nil
        let opened = changes ? try store.open() : try store.openReadOnly()
        let administration = ExamAdministration(store: opened)
        let now: Accommodation
        if clear {
            now = try administration.accommodate(iin: iin, course: course, extraMinutes: 0, extraAttempts: 0)
        } else if changes {
            now = try administration.accommodate(iin: iin, course: course, extraMinutes: extraMinutes, extraAttempts: extraAttempts)
        } else {
            now = try administration.accommodation(iin: iin, course: course)
        }
        if json {
            try Output.json(Shown(iin: iin.digits, course: course, extraMinutes: now.extraMinutes, extraAttempts: now.extraAttempts))
            return
        }
        let texts = lang.texts(store: opened)
        let values = ["iin": iin.digits, "course": course, "minutes": String(now.extraMinutes), "attempts": String(now.extraAttempts)]
        if now.isNone {
            Output.line(texts(changes ? ExamAdminMessage.accommodationCleared : ExamAdminMessage.accommodationNone, values))
        } else {
            Output.line(texts(changes ? ExamAdminMessage.accommodationSaved : ExamAdminMessage.accommodationShown, values))
        }
    }
}
