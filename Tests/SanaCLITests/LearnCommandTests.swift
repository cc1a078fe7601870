import Foundation
import GRDB
import SanaTestSupport
import Testing

/// `sana learn`, end to end: the next lesson as plain text when not a terminal, recorded only
/// when shown to a person; header, footer and errors in the learner's language.
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

    /// Piped, the lesson is plain text and not recorded as opened (issue 13, case 8): nobody may
    /// have read it. The footer never shows the learner's IIN.
    @Test func nextLessonAsPlainTextWrappedAndNotRecordedWhenPiped() throws {
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

            Lesson 1/2 · opened 0 of 2. Next: lesson
            2 (--lesson 2).

            """)
        #expect(!first.stdout.contains("\u{1B}"))
        #expect(!first.stdout.contains(iin))
        let second = try learn()
        #expect(second.stdout.hasPrefix("Mini course · Lesson 1/2\n\nFirst lesson\n"))
        let rows = try DatabaseQueue(path: db).read { try Row.fetchAll($0, sql: "SELECT learner_id, position FROM lesson_progress ORDER BY position") }
        #expect(rows.isEmpty)
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
        // Shown to a person on a terminal: recorded.
        let rows = try DatabaseQueue(path: db).read { try Int.fetchAll($0, sql: "SELECT position FROM lesson_progress") }
        #expect(rows == [1])
    }

    @Test func chosenLessonAndLanguage() throws {
        let kazakh = try learn(["--lesson", "2", "--lang", "kk"])
        #expect(kazakh.stdout == "Шағын курс · Сабақ 2/2\n\nЕкінші сабақ\n============\n\nСоңы.\n\nСабақ 2/2 · ашылған сабақтар: 0/2.\nКелесісі — 1-сабақ (--lesson 1).\n")
        let defaultWidth = try learn(["--lesson", "1"], environment: [:])
        #expect(defaultWidth.stdout.contains("This is the first lesson, with emphasis, code and a link (https://egov.kz) in a\nparagraph long enough to wrap.\n"))
    }

    @Test func theLearnerMustExistAndBeEnrolled() throws {
        // The learner's errors in their language: English here, the terminal's (LANG) for a stranger.
        let unknown = try sana.run(["learn", "mini", "--learner", "991201600009", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "sana: error: There is no learner with IIN 991201600009: check the number, or ask your course administrator.\n")
        let unknownInRussian = try sana.run(["learn", "mini", "--learner", "991201600009", "--db", db], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(unknownInRussian.stderr == "sana: ошибка: Слушатель с ИИН 991201600009 не найден: проверьте номер или обратитесь к администратору курса.\n")
        try DatabaseQueue(path: db).write { try $0.execute(sql: "UPDATE enrollment SET status = 'withdrawn', withdrawn_at = 'now'") }
        let withdrawn = try learn()
        #expect(withdrawn.status == 1)
        #expect(withdrawn.stderr == "sana: error: You are not enrolled in mini: ask your course administrator.\n")
        try DatabaseQueue(path: db).write { try $0.execute(sql: "UPDATE learner SET locale = 'kk'") }
        let withdrawnInKazakh = try learn()
        #expect(withdrawnInKazakh.stderr == "sana: қате: Сіз mini курсына тіркелмегенсіз: курс әкімшісіне хабарласыңыз.\n")
        let badIIN = try sana.run(["learn", "mini", "--learner", "040115500006", "--db", db])
        #expect(badIIN.stderr == "sana: error: IIN 040115500006 is not valid: its check digit does not match; check it against the person's ID card\n")
        let course = try sana.run(["learn", "nope", "--learner", iin, "--db", db])
        #expect(course.stderr == "sana: қате: nope курсы жоқ: атауын тексеріңіз немесе курс әкімшісіне хабарласыңыз.\n")
    }

    @Test func badLessonOrLanguage() throws {
        let lesson = try learn(["--lesson", "7"])
        #expect(lesson.status == 1)
        #expect(lesson.stderr == "sana: error: This course has no lesson 7: its lessons are 1 to 2.\n")
        let language = try learn(["--lang", "ru"])
        #expect(language.stderr == "sana: ошибка: Этот курс не ведётся на этом языке: ru. Языки курса: kk, en.\n")
        let usage = try learn(["--lang", "de"])
        #expect(usage.status == 64)
    }
}
