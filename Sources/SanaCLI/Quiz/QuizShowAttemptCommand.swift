import ArgumentParser
import Quizzes

struct QuizShowAttemptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show-attempt",
        abstract: "Show an attempt as stored (questions, option order, answers, credit) and check that its seed reproduces it.",
        discussion: "Exit status 1 when re-drawing from the stored seed does not give the stored questions and option order."
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The attempt id.", valueName: "id")) var id: Int64
    @Flag(help: "Print as JSON.") var json = false

    func run() throws {
        let inspection = try AttemptInspection.inspect(store.openReadOnly(), attemptId: id)
        if json {
            try Output.json(inspection)
        } else {
            Output.text(QuizShowAttemptCommand.render(inspection))
        }
        if !inspection.reproduces { throw ExitCode.failure }
    }

    static func render(_ a: AttemptInspection) -> String {
        var lines: [String] = []
        lines.append("attempt \(a.attemptId) · learner \(a.iin) · \(a.course) version \(a.version) · \(a.language.rawValue) · seed \(a.seed)")
        lines.append("started \(a.startedAt) · deadline \(a.deadline)")
        if let submitted = a.submittedAt, let by = a.submittedBy, let score = a.score {
            lines.append("submitted \(submitted) by \(by.rawValue) · score \(ResultText.percent(score)) · \(a.passed == true ? "passed" : "not passed")")
        } else {
            lines.append("open")
        }
        for item in a.items {
            let credit = item.credit.map { " · credit \(ResultText.percent($0 * 100))" } ?? ""
            lines.append("\(item.position). [\(item.qid), \(item.type.rawValue)] \(item.text)")
            for (index, option) in item.options.enumerated() {
                lines.append("     \(ResponseInput.letter(index))) \(option)")
            }
            lines.append("   answer: \(item.typed ?? "(none)")\(credit)")
        }
        lines.append(a.reproduces
            ? "reproduced: the seed re-draws exactly these \(a.items.count) questions and option orders"
            : "NOT reproduced: the seed re-draws different items at position\(a.differences.count == 1 ? "" : "s") \(a.differences.map(String.init).joined(separator: ", "))")
        return lines.joined(separator: "\n") + "\n"
    }
}
