import ArgumentParser
import Courses

struct CourseListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the courses in the store with their current version."
    )

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print the courses as JSON.") var json = false

    func run() throws {
        let courses = try CourseCatalog(store: store.openReadOnly()).courses()
        if json {
            try Output.json(courses)
            return
        }
        if courses.isEmpty {
            Output.line("no courses: import one with 'sana course import DIR'")
            return
        }
        let width = max(6, courses.map(\.id.count).max() ?? 0)
        Output.line("course".padding(toLength: width, withPad: " ", startingAt: 0) + "  version  lessons  languages  title")
        for course in courses {
            let definition = course.current.definition
            let version = "\(course.current.version) of \(course.versions)"
            Output.line(course.id.padding(toLength: width, withPad: " ", startingAt: 0)
                + "  " + version.padding(toLength: 7, withPad: " ", startingAt: 0)
                + "  " + String(definition.lessons.count).padding(toLength: 7, withPad: " ", startingAt: 0)
                + "  " + definition.languages.map(\.rawValue).joined(separator: " ").padding(toLength: 9, withPad: " ", startingAt: 0)
                + "  " + definition.title(in: .en))
        }
    }
}
