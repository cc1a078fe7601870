import ArgumentParser
import Quizzes

struct ReportProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Per enrolled learner: lessons opened, attempts, best score, passed, certificate; who has not started.",
        discussion: """
            One row per learner enrolled in the course (withdrawn ones left out), ordered by name.
            Lessons opened counts the current version's lessons opened at any version; attempts and
            the best score count submitted attempts that were not reset. Status: not-started (no
            lesson opened, no attempt), passed, failed (every attempt allowed used, none passed,
            extra attempts included) or in-progress (anything else). --csv and --excel carry the
            learner's student number: a grade export a university's own system can match.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Option(help: ArgumentHelp("The course id.", valueName: "id")) var course: String
    @Option(help: ArgumentHelp("Only learners of this institution.", valueName: "name")) var institution: String?
    @Option(help: ArgumentHelp("Only learners of this cohort.", valueName: "name")) var cohort: String?
    @Option(help: ArgumentHelp("Only learners in this state.", valueName: "not-started|in-progress|passed|failed")) var status: ProgressRow.Status?
    @OptionGroup var format: ReportFormat

    struct Report: Encodable {
        let course: String
        let learners: [ProgressRow]
    }

    static let fileColumns: [(csv: String, words: ReportMessage)] = [
        ("iin", .iin), ("student_number", .studentNumber), ("name", .name), ("institution", .institution), ("cohort", .cohort),
        ("lessons_opened", .lessonsOpened), ("lessons_total", .lessonsTotal), ("attempts", .attempts), ("best_score", .bestScore),
        ("passed", .passed), ("certificate", .certificate), ("status", .status),
    ]
    static let terminalColumns: [(csv: String, words: ReportMessage)] = [
        ("iin", .iin), ("name", .name), ("institution", .institution), ("lessons_opened", .lessonsOpened), ("attempts", .attempts),
        ("best_score", .bestScore), ("passed", .passed), ("certificate", .certificate), ("status", .status),
    ]

    func run() throws {
        let opened = try store.openReadOnly()
        let rows = try ProgressReport(store: opened).rows(course: course, institution: institution, cohort: cohort, status: status)
        if format.json {
            try Output.json(Report(course: course, learners: rows))
            return
        }
        let texts = lang.texts(store: opened)
        let words = format.localized
        func state(_ status: ProgressRow.Status) -> String {
            guard words else { return status.rawValue }
            switch status {
            case .notStarted: return texts(ReportMessage.notStarted)
            case .inProgress: return texts(ReportMessage.inProgress)
            case .passed: return texts(ReportMessage.passedStatus)
            case .failed: return texts(ReportMessage.failedStatus)
            }
        }
        let yes = words ? texts(ReportMessage.yes) : "yes"
        let no = words ? texts(ReportMessage.no) : "no"
        func score(_ row: ProgressRow) -> String {
            row.bestScore.map { words ? texts.percent($0) : ResultText.percent($0) } ?? ""
        }
        if format.csv || format.excel {
            format.print(columns: ReportProgressCommand.fileColumns, rows: rows.map { row in
                [row.iin, row.studentNumber ?? "", row.name, row.institution ?? "", row.cohort ?? "", String(row.lessonsOpened), String(row.lessons),
                 String(row.attempts), score(row), row.passed ? yes : no, row.certificate ?? "", state(row.status)]
            }, texts: texts)
            return
        }
        if rows.isEmpty {
            Output.line(texts(ReportMessage.noLearners, ["course": course]))
            return
        }
        format.print(columns: ReportProgressCommand.terminalColumns, rows: rows.map { row in
            [row.iin, row.name, row.institution ?? "", "\(row.lessonsOpened)/\(row.lessons)", String(row.attempts), score(row),
             row.passed ? yes : no, row.certificate ?? texts(ReportMessage.none), state(row.status)]
        }, texts: texts)
        func count(_ status: ProgressRow.Status) -> String { String(rows.filter { $0.status == status }.count) }
        Output.line(texts(ReportMessage.progressSummary, count: rows.count, ["course": course]))
        Output.line(texts(ReportMessage.progressBreakdown, [
            "notStarted": count(.notStarted), "inProgress": count(.inProgress), "passed": count(.passed), "failed": count(.failed),
        ]))
    }
}
