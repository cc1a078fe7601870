import Foundation
import GRDB
import SanaTestSupport
import Testing

/// `sana learn`, end to end: the next lesson as plain text when not a terminal, progress recorded.
@Suite struct LearnCommandTests {
    let sana = SanaBinary.built
    let work = TemporaryFolder()
    let db: String
    let iin = "040115500005"

    init() throws {
        db = work.file("s.db")
        _ = try sana.run(["init", "--db", db])
        try CourseCommandsTests.writeMini(in: work)
        let imported = try sana.run(["course", "import", "mini", "--db", db], in: work.path)
        precondition(imported.status == 0, imported.stderr)
        // Until `sana learner add` exists, a learner is two rows.
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: """
                INSERT INTO learner (id, iin, last_name, first_name, locale, subject_uuid, created_at, updated_at)
                VALUES (1, '040115500005', 'Серікова', 'Айгерім', 'en', '11111111-2222-3333-4444-555555555555', 'now', 'now');
                INSERT INTO enrollment (learner_id, course_id, enrolled_at, updated_at) VALUES (1, 'mini', 'now', 'now');
                """)
        }
    }

    func learn(_ extra: [String] = [], environment: [String: String] = ["COLUMNS": "40"]) throws -> SanaBinary.Result {
        try sana.run(["learn", "mini", "--learner", iin, "--db", db] + extra, environment: environment)
    }

    @Test func nextLessonAsPlainTextWrappedAndProgressRecorded() throws {
        let first = try learn()
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == "")
        #expect(first.stdout == """
            Mini course · Lesson 1/2

            First lesson
            ============

            This is the first lesson, with emphasis,
            code and a link (https://egov.kz) in a
            paragraph long enough to wrap.

            A list
            ------

            - one item
            - another item that is long enough to
              wrap at forty columns

                let x = 1   // never wrapped, however long this line of code happens to be

            Lesson 1/2 · opened 1 of 2. Next: lesson
            2, sana learn mini --learner
            040115500005

            """)
        #expect(!first.stdout.contains("\u{1B}"))
        let second = try learn()
        #expect(second.stdout.hasPrefix("Mini course · Lesson 2/2\n\nSecond lesson\n"))
        #expect(second.stdout.hasSuffix("Lesson 2/2 · opened 2 of 2. You have\nopened every lesson.\n"))
        let rows = try DatabaseQueue(path: db).read { try Row.fetchAll($0, sql: "SELECT learner_id, position FROM lesson_progress ORDER BY position") }
        #expect(rows.map { [$0["learner_id"] as Int64, $0["position"] as Int64] } == [[1, 1], [1, 2]])
    }

    /// On a terminal (a pseudo-terminal from script(1)): bold and underline unless NO_COLOR is
    /// set, and through $PAGER when the page is taller than the screen.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func onATerminalStylesAndPages() throws {
        let script = SanaBinary(path: "/usr/bin/script")
        func onTTY(_ environment: [String: String]) throws -> String {
            let command = "\(sana.path) learn mini --learner \(iin) --db \(db) --lesson 1"
            let result = try script.run(["-qec", command, "/dev/null"], environment: environment)
            #expect(result.status == 0, "\(result.stdout)")
            return result.stdout
        }
        let styled = try onTTY(["NO_COLOR": "", "COLUMNS": "60", "LINES": "100", "TERM": "xterm"])
        #expect(styled.contains("This is the \u{1B}[1mfirst\u{1B}[0m lesson, with \u{1B}[4memphasis\u{1B}[0m, code"))
        #expect(styled.contains("\u{1B}[1m\u{1B}[4mFirst lesson\u{1B}[0m"))
        #expect(styled.contains("• one item"))
        let plain = try onTTY(["NO_COLOR": "1", "COLUMNS": "60", "LINES": "100", "TERM": "xterm"])
        #expect(!plain.contains("\u{1B}["))
        let paged = try onTTY(["NO_COLOR": "1", "COLUMNS": "60", "LINES": "5", "PAGER": "sed 's/^/paged: /'"])
        #expect(paged.contains("paged: First lesson"))
        #expect(paged.contains("paged: - one item"))
    }

    @Test func chosenLessonAndLanguage() throws {
        let kazakh = try learn(["--lesson", "2", "--lang", "kk"])
        #expect(kazakh.stdout == "Шағын курс · Lesson 2/2\n\nЕкінші сабақ\n============\n\nСоңы.\n\nLesson 2/2 · opened 1 of 2. Next: lesson\n1, sana learn mini --learner\n040115500005\n")
        let defaultWidth = try learn(["--lesson", "1"], environment: [:])
        #expect(defaultWidth.stdout.contains("This is the first lesson, with emphasis, code and a link (https://egov.kz) in a\nparagraph long enough to wrap.\n"))
    }

    @Test func theLearnerMustExistAndBeEnrolled() throws {
        let unknown = try sana.run(["learn", "mini", "--learner", "991201600009", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "sana: error: no learner with IIN 991201600009\n")
        try DatabaseQueue(path: db).write { try $0.execute(sql: "UPDATE enrollment SET status = 'withdrawn', withdrawn_at = 'now'") }
        let withdrawn = try learn()
        #expect(withdrawn.status == 1)
        #expect(withdrawn.stderr == "sana: error: learner 040115500005 is not enrolled in mini\n")
        let badIIN = try sana.run(["learn", "mini", "--learner", "040115500006", "--db", db])
        #expect(badIIN.stderr == "sana: error: IIN 040115500006 fails its check digit (the 12th digit should be 5)\n")
        let course = try sana.run(["learn", "nope", "--learner", iin, "--db", db])
        #expect(course.stderr == "sana: error: no course nope in the store: import it with 'sana course import'\n")
    }

    @Test func badLessonOrLanguage() throws {
        let lesson = try learn(["--lesson", "7"])
        #expect(lesson.status == 1)
        #expect(lesson.stderr == "sana: error: course mini has no lesson 7: its lessons are 1 to 2\n")
        let language = try learn(["--lang", "ru"])
        #expect(language.stderr == "sana: error: course mini is not offered in ru (it is offered in kk, en)\n")
        let usage = try learn(["--lang", "de"])
        #expect(usage.status == 64)
    }
}
