import ArgumentParser
import Courses

struct CourseCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate course packages without a store; print FILE:LINE diagnostics and exit 1 on any error.",
        discussion: "Warnings are printed but do not fail the check."
    )

    @Argument(help: ArgumentHelp("Course package folders (each with course.yaml).", valueName: "dir"))
    var folders: [UserPath]

    func run() throws {
        var failed = 0
        for folder in folders {
            let package = try CoursePackage.load(folder.typed)
            for diagnostic in package.diagnostics {
                Output.diagnostic(Output.visible(diagnostic.description))
            }
            Output.line(CourseCheckCommand.summary(package))
            if package.hasErrors { failed += 1 }
        }
        if failed > 0 {
            Output.error(failed == 1 && folders.count == 1 ? "course package \(folders[0].typed) failed its check" : "\(failed) of \(folders.count) course packages failed their check")
            throw ExitCode.failure
        }
    }

    /// `courses/x: ok: 9 lessons, 126 questions in 9 pools, kk ru en, 27 drawn per attempt`
    static func summary(_ package: CoursePackage) -> String {
        let errors = package.errors.count, warnings = package.warnings.count
        var counts: [String] = []
        if errors > 0 { counts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { counts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        let verdict = errors > 0 ? counts.joined(separator: ", ") : (["ok"] + counts).joined(separator: ", ")
        guard let definition = package.definition else { return "\(package.folder): \(verdict)" }
        let questions = Set(package.questions.map(\.id)).count
        return "\(package.folder): \(verdict): \(definition.lessons.count) lessons, \(questions) questions in \(package.pools.count) pools, "
            + "\(definition.languages.map(\.rawValue).joined(separator: " ")), \(definition.exam.questionsPerAttempt) drawn per attempt"
    }
}
