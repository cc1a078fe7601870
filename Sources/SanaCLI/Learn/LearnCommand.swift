import ArgumentParser
import Courses
import Enrollment
import Foundation
import SanaStore

struct LearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Show a learner their next lesson (or lesson N) in the terminal and record their progress.",
        discussion: """
            The lesson is wrapped to the terminal's width and shown through $PAGER (default
            'less', started with LESS=-R and LESSCHARSET=utf-8 so that colours and Kazakh and
            Russian letters show whatever the locale) when it is longer than the screen. A lesson
            counts as opened only when it reached a person: on a terminal, and the pager worked.
            Piped or redirected, it is plain text and not recorded; a pager that fails is reported
            and the lesson printed instead, not recorded either. The learner must be enrolled. The
            language defaults to the learner's own; the header, footer and errors are in it too.
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
        let iin = try IIN.argument(learner)
        let store = try store.open()
        let person = try Learners(store: store).learner(iin: iin)
        var texts = LearnerLanguage.texts(store: store, language: lang ?? person.flatMap { Language(rawValue: $0.locale) })
        do {
            _ = try CourseCatalog(store: store).currentVersion(of: course)
            guard let person, let learnerId = person.id else {
                throw EnrollmentError.learnerNotFound(iin: iin.digits)
            }
            let enrollment = try store.read { try CourseEnrollment.find($0, learnerId: learnerId, courseId: course) }
            guard let enrollment, enrollment.status != .withdrawn else {
                throw EnrollmentError.notEnrolled(iin: iin.digits, course: course)
            }
            let progress = LessonProgress(store: store)
            var view = try progress.lesson(course: course, learnerId: learnerId, position: lesson, language: lang, preferred: Language(rawValue: person.locale))
            texts = Texts(language: view.lesson.language, time: texts.time)
            if !Terminal.stdoutIsTTY, !view.alreadyViewed {
                // Piped: not shown to a person, so not counted.
                view.viewed -= 1
            }
            let renderer = TerminalMarkdown(width: min(Terminal.size().columns, 100), styled: Terminal.stylesOutput)
            if Pager.show(LearnCommand.page(view, renderer: renderer, texts: texts), texts: texts) {
                try progress.markViewed(learnerId: learnerId, versionId: view.version.id, position: view.lesson.position)
            }
        } catch {
            throw texts.failure(error)
        }
    }

    /// The page: where the learner is, the lesson, what comes next; never the learner's IIN.
    static func page(_ view: LessonView, renderer: TerminalMarkdown, texts: Texts) -> String {
        let position = String(view.lesson.position)
        let count = String(view.count)
        var text = renderer.render(Output.markdownEscaped(texts(.lessonHeader, ["course": view.courseTitle, "number": position, "count": count])))
        text += "\n" + renderer.render("# \(view.lesson.title)\n\n\(view.lesson.body)")
        var footer = texts(.lessonFooter, ["number": position, "count": count, "viewed": String(view.viewed)])
        if view.allViewedBefore {
            footer += " " + texts(.lessonAllOpenedChoose)
        } else if let next = view.next {
            footer += " " + texts(.lessonNext, ["next": String(next)])
        } else {
            footer += " " + texts(.lessonAllOpened)
        }
        text += "\n" + renderer.render(Output.markdownEscaped(footer))
        return text
    }
}
