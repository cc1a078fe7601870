import ArgumentParser
import Courses

struct CourseImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Check a course package and load it into the store as a new version when its content changed.",
        discussion: """
            The content hash (SHA-256 over the package's files) decides: the same content as the
            current version changes nothing; new content becomes version N+1, while attempts and
            certificates keep pointing at the version they used.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: ArgumentHelp("The course package folder (with course.yaml).", valueName: "dir"))
    var folder: UserPath
    @Flag(help: "Print the result as JSON.") var json = false

    func run() throws {
        let package = try CoursePackage.load(folder.typed)
        for diagnostic in package.diagnostics {
            Output.diagnostic(diagnostic.description)
        }
        if package.hasErrors {
            throw CoursesError.invalidPackage(path: package.folder, errors: package.errors.count)
        }
        let opened = try store.open()
        let result = try CourseImporter(store: opened).importPackage(package)
        if json {
            try Output.json(result)
            return
        }
        let texts = lang.texts(store: opened)
        let values = ["course": result.course, "version": String(result.version), "sha": String(result.contentSHA256.prefix(12))]
        switch result.outcome {
        case .created:
            var extras = ""
            if result.practiceQuestions > 0 { extras += texts(CourseMessage.importedPractice, ["count": String(result.practiceQuestions)]) }
            if result.glossaryTerms > 0 { extras += texts(CourseMessage.importedGlossary, ["count": String(result.glossaryTerms)]) }
            Output.line(texts(CourseMessage.imported, values.merging([
                "lessons": String(result.lessons), "questions": String(result.questions),
                "languages": result.languages.map(\.rawValue).joined(separator: ", "), "extras": extras,
            ]) { $1 }))
        case .unchanged:
            Output.line(texts(CourseMessage.unchanged, values))
        case .restored:
            Output.line(texts(CourseMessage.restored, values))
        }
    }
}
