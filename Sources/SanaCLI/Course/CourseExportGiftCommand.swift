import ArgumentParser
import Courses

struct CourseExportGiftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-gift",
        abstract: "Write one question pool of a course version as GIFT, for Moodle or for editing.",
        discussion: "Reading the output back gives the same questions: sana course export-gift ai-foundations what-is-ai --lang kk > what-is-ai.kk.gift"
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The course id.", valueName: "id"))
    var course: String
    @Argument(help: ArgumentHelp("The question pool (see 'sana course show').", valueName: "pool"))
    var pool: String
    @Option(help: ArgumentHelp("The language to export (default: the course's first language).", valueName: "kk|ru|en"))
    var lang: Language?
    @Option(help: ArgumentHelp("The version to export from (default: the current one).", valueName: "n"))
    var version: Int?

    func run() throws {
        let catalog = CourseCatalog(store: try store.openReadOnly())
        let shown = try catalog.version(version, of: course)
        let offered = shown.definition.languages
        if let lang, !offered.contains(lang) {
            throw CoursesError.languageNotOffered(course: course, language: lang.rawValue, offered: offered.map(\.rawValue))
        }
        let language = lang ?? offered[0]
        let questions = try catalog.questions(of: shown, in: language, pool: pool)
        Output.text(GIFTExporter.export(questions, header: "Pool \(pool) of \(course) version \(shown.version), \(language.rawValue): exported by sana \(SanaVersion.current)"))
    }
}
