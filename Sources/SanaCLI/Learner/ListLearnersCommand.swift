import ArgumentParser
import Enrollment

struct ListLearnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List learners by name, optionally of one university or course."
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "Only learners of this university.") var institution: String?
    @Option(help: "Only learners enrolled in this course.") var course: String?
    @Option(help: "Show at most N learners.") var limit: Int?
    @Flag(help: "Print the learners as JSON.") var json = false

    func run() throws {
        let learners = try Learners(store: store.openReadOnly()).list(institution: institution, course: course, limit: limit)
        if json {
            try Output.json(learners)
            return
        }
        for learner in learners {
            let courses = learner.enrollments.map { "\($0.course) (\($0.status.rawValue))" }.joined(separator: ", ")
            Output.line("\(learner.iin)  \(learner.fullName)  \(learner.institution ?? "-")  \(courses)")
        }
    }
}
