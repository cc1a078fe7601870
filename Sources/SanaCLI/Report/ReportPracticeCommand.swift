import ArgumentParser
import Quizzes

struct ReportPracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Practice per learner (answers given, mean credit) beside their best exam score.",
        discussion: """
            Over every version of the course: learners who have practised or submitted an exam
            attempt, with the practice answers they gave (a question practised twice counts twice),
            the distinct questions practised, the mean credit of those answers, their submitted
            attempts and the best exam score among them. Practice never counts towards the exam.
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("The course id.", valueName: "id")) var course: String
    @Flag(help: "Print as JSON.") var json = false
    @Flag(help: "Print as CSV.") var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
    }

    struct Report: Encodable {
        let course: String
        let learners: [PracticeStanding]
    }

    func run() throws {
        let standings = try PracticeResults(store: store.open()).standings(course: course)
        if json {
            try Output.json(Report(course: course, learners: standings))
            return
        }
        func percent(_ value: Double?) -> String { value.map { ResultText.percent($0) } ?? "" }
        let rows = standings.map { row in
            [row.iin, row.name, row.institution ?? "", String(row.practiceAnswered), String(row.practiceQuestions),
             percent(row.practiceMeanCredit.map { $0 * 100 }), String(row.examAttempts), percent(row.bestExamScore)]
        }
        if csv {
            CSVOutput.row(["iin", "name", "institution", "practice_answered", "practice_questions", "practice_mean_credit", "exam_attempts", "best_exam_score"])
            rows.forEach(CSVOutput.row)
            return
        }
        if standings.isEmpty {
            Output.line("no practice or exam attempts at \(course) yet")
            return
        }
        Output.text(TextTable.render(header: ["IIN", "NAME", "INSTITUTION", "PRACTICE ANSWERS", "QUESTIONS PRACTISED", "MEAN CREDIT", "EXAM ATTEMPTS", "BEST EXAM"], rows: rows))
        let practised = standings.filter { $0.practiceAnswered > 0 }.count
        Output.line("\(standings.count) learner\(standings.count == 1 ? "" : "s"), \(practised) practised")
    }
}
