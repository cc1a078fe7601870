import ArgumentParser
import Courses

struct CourseListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the courses in the store with their current version."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Flag(help: "Print the courses as JSON.") var json = false

    func run() throws {
        let opened = try store.openReadOnly()
        let courses = try CourseCatalog(store: opened).courses()
        if json {
            try Output.json(courses)
            return
        }
        let texts = lang.texts(store: opened)
        if courses.isEmpty {
            Output.line(texts(CourseMessage.noCourses))
            return
        }
        // The title in the admin's language when the course has it, else in English as before.
        let rows = courses.map { course -> [String] in
            let definition = course.current.definition
            return [
                course.id,
                texts(CourseMessage.versionOf, ["version": String(course.current.version), "count": String(course.versions)]),
                String(definition.lessons.count),
                definition.languages.map(\.rawValue).joined(separator: " "),
                definition.title(in: definition.languages.contains(texts.language) ? texts.language : .en),
            ]
        }
        let header = [CourseMessage.columnCourse, .columnVersion, .columnLessons, .columnLanguages, .columnTitle].map { texts($0) }
        let widths = (0..<4).map { column in max(header[column].count, rows.map { $0[column].count }.max() ?? 0) }
        for row in [header] + rows {
            Output.line((0..<4).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ") + "  " + row[4])
        }
    }
}
