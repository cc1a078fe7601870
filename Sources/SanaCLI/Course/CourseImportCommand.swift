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
        let result = try CourseImporter(store: store.open()).importPackage(package)
        if json {
            try Output.json(result)
            return
        }
        let sha = result.contentSHA256.prefix(12)
        switch result.outcome {
        case .created:
            var extras = ""
            if result.practiceQuestions > 0 { extras += ", \(result.practiceQuestions) practice questions" }
            if result.glossaryTerms > 0 { extras += ", \(result.glossaryTerms) glossary terms" }
            Output.line("imported \(result.course) version \(result.version): \(result.lessons) lessons and \(result.questions) questions in \(result.languages.map(\.rawValue).joined(separator: ", "))\(extras) (sha256 \(sha))")
        case .unchanged:
            Output.line("\(result.course) is unchanged: version \(result.version) has this content (sha256 \(sha))")
        case .restored:
            Output.line("\(result.course): this content is version \(result.version), which is current again (sha256 \(sha))")
        }
    }
}
