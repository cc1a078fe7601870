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
    @OptionGroup var lang: LanguageOption
    @OptionGroup var format: ReportFormat

    static let columns: [(csv: String, words: ReportMessage)] = [
        ("iin", .iin), ("name", .name), ("institution", .institution), ("practice_answered", .practiceAnswers), ("practice_questions", .questionsPractised),
        ("practice_mean_credit", .meanCredit), ("exam_attempts", .examAttempts), ("best_exam_score", .bestExam),
    ]

    struct Report: Encodable {
        let course: String
        let learners: [PracticeStanding]
    }

    func run() throws {
        let opened = try store.open()
        let standings = try PracticeResults(store: opened).standings(course: course)
        if format.json {
            try Output.json(Report(course: course, learners: standings))
            return
        }
        let texts = lang.texts(store: opened)
        func percent(_ value: Double?) -> String { value.map { format.localized ? texts.percent($0) : ResultText.percent($0) } ?? "" }
        let rows = standings.map { row in
            [row.iin, row.name, row.institution ?? "", String(row.practiceAnswered), String(row.practiceQuestions),
             percent(row.practiceMeanCredit.map { $0 * 100 }), String(row.examAttempts), percent(row.bestExamScore)]
        }
        if format.csv || format.excel {
            format.print(columns: ReportPracticeCommand.columns, rows: rows, texts: texts)
            return
        }
        if standings.isEmpty {
            Output.line(texts(ReportMessage.practiceNone, ["course": course]))
            return
        }
        format.print(columns: ReportPracticeCommand.columns, rows: rows, texts: texts)
        let practised = standings.filter { $0.practiceAnswered > 0 }.count
        Output.line(texts(ReportMessage.practiceSummary, count: standings.count, ["practised": String(practised)]))
    }
}
