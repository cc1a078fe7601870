import ArgumentParser
import Courses
import Enrollment
import Foundation

struct LearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Show a learner their next lesson (or lesson N) in the terminal and record their progress.",
        discussion: """
            The lesson is wrapped to the terminal's width and shown through $PAGER (default
            'less -R') when it is longer than the screen; piped or redirected, it is plain text.
            The learner must be enrolled in the course. The language defaults to the learner's own.
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The course id.", valueName: "course"))
    var course: String
    @Option(help: ArgumentHelp("The learner's IIN (12 digits).", valueName: "iin"))
    var learner: String
    @Option(help: ArgumentHelp("The lesson to show (default: the first one not yet opened).", valueName: "n"))
    var lesson: Int?
    @Option(help: ArgumentHelp("The language (default: the learner's).", valueName: "kk|ru|en"))
    var lang: Language?

    func run() throws {
        let iin: IIN
        do {
            iin = try IIN(learner)
        } catch {
            throw EnrollmentError.invalidField(.iin(error))
        }
        let store = try store.open()
        _ = try CourseCatalog(store: store).currentVersion(of: course)
        guard let person = try Learners(store: store).learner(iin: iin), let learnerId = person.id else {
            throw EnrollmentError.learnerNotFound(iin: iin.digits)
        }
        let enrollment = try store.read { try CourseEnrollment.find($0, learnerId: learnerId, courseId: course) }
        guard let enrollment, enrollment.status != .withdrawn else {
            throw EnrollmentError.notEnrolled(iin: iin.digits, course: course)
        }
        let view = try LessonProgress(store: store).open(course: course, learnerId: learnerId, position: lesson, language: lang, preferred: Language(rawValue: person.locale))
        let size = Terminal.size()
        let renderer = TerminalMarkdown(width: min(size.columns, 100), styled: Terminal.stylesOutput)
        Pager.show(LearnCommand.page(view, renderer: renderer, course: course, iin: iin.digits))
    }

    /// The page: where the learner is, the lesson, what comes next.
    static func page(_ view: LessonView, renderer: TerminalMarkdown, course: String, iin: String) -> String {
        let position = view.lesson.position
        var text = renderer.render("\(view.courseTitle) · Lesson \(position)/\(view.count)")
        text += "\n" + renderer.render("# \(view.lesson.title)\n\n\(view.lesson.body)")
        var footer = "Lesson \(position)/\(view.count) · opened \(view.viewed) of \(view.count)."
        if view.allViewedBefore {
            footer += " You have opened every lesson; choose one with --lesson N."
        } else if let next = view.next {
            footer += " Next: lesson \(next), sana learn \(course) --learner \(iin)"
        } else {
            footer += " You have opened every lesson."
        }
        text += "\n" + renderer.render(footer)
        return text
    }
}
