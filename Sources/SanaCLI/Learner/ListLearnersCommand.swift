import ArgumentParser
import Enrollment

struct ListLearnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List learners in alphabetical order (Kazakh and Russian letters as their alphabets order them), optionally of one university or course."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Option(help: "Only learners of this university.") var institution: String?
    @Option(help: "Only learners enrolled in this course.") var course: String?
    @Option(help: "Show at most N learners.") var limit: Int?
    @Flag(help: "Print the learners as JSON.") var json = false

    func run() throws {
        let opened = try store.openReadOnly()
        let learners = try Learners(store: opened).list(institution: institution, course: course, limit: limit)
        if json {
            try Output.json(learners)
            return
        }
        let texts = lang.texts(store: opened)
        guard !learners.isEmpty else {
            Output.line(texts(LearnerAdminMessage.noLearners))
            return
        }
        let header = [
            texts(LearnerAdminMessage.columnIIN), texts(LearnerAdminMessage.columnName),
            texts(LearnerAdminMessage.columnUniversity), texts(LearnerAdminMessage.columnCourses),
        ]
        let rows = learners.map { learner in
            [
                learner.iin, Output.visible(learner.fullName), Output.visible(learner.institution ?? "-"),
                learner.enrollments.map { "\($0.course) (\(texts.status($0.status)))" }.joined(separator: ", "),
            ]
        }
        // Columns as wide as their widest cell; the last one is not padded.
        let widths = (0..<3).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            let padded = (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
            var line = (padded + [row[3]]).joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            Output.line(line)
        }
    }
}
