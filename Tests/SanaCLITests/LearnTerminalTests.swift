import Foundation
import GRDB
import SanaTestSupport
import Testing

/// `sana learn` on pseudo-terminals in Kazakh and Russian (issue 13, case 8): readable whatever
/// the locale (the pager shows UTF-8 and colours), recorded only when shown to a person, a pager
/// that fails reported with the lesson printed and not recorded, no IIN on screen, headings at
/// every level marked; and the exam's optional gate on the lessons.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") && FileManager.default.isExecutableFile(atPath: "/usr/bin/less")))
struct LearnTerminalTests {
    let work = TemporaryFolder()

    func learn(_ fixture: ExamFixture, _ iin: String, rows: Int, environment: [String: String], extra: [String] = []) -> TerminalDriver.Terminal {
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "TERM": "xterm"]
        env.merge(environment) { $1 }
        return TerminalDriver.Terminal(argv: [fixture.sana.path, "learn", "quiz", "--learner", iin, "--db", fixture.db] + extra, env: env, cols: 70, rows: rows)
    }

    func opened(_ fixture: ExamFixture, _ iin: String) throws -> [Int] {
        try fixture.read { try Int.fetchAll($0, sql: "SELECT position FROM lesson_progress p JOIN learner l ON l.id = p.learner_id WHERE l.iin = ? ORDER BY position", arguments: [iin]) }
    }

    /// With no UTF-8 locale (LANG=C) and colours on, `less` shows Kazakh letters and bold, not
    /// `<D0><96>` and `ESC[1m`; the lesson counts as opened once the learner has seen it.
    @Test func aKazakhLessonInLessWithoutAUTF8Locale() throws {
        let fixture = try ExamFixture(work: work)
        let run = try TerminalDriver(work: work).run(
            terminals: ["a": learn(fixture, ExamFixture.kazakh, rows: 6, environment: ["LANG": "C", "LC_ALL": "C"])],
            steps: [["start": "a"], ["expect": "Бірінші"], ["keys": "G"], ["expect": "ашылған сабақтар"], ["keys": "q"], ["wait": "a"]],
            db: fixture.db)
        #expect(run.error == nil, "\(run.error ?? "") \(run.output())")
        #expect(run.status() == 0)
        let output = run.output()
        #expect(output.contains("Сынақ · Сабақ 1/2"))
        #expect(output.contains("\u{1B}[1mбірінші\u{1B}[0m") || output.contains("\u{1B}[1mбірінші\u{1B}[m"), "\(output)")
        #expect(!output.contains("<D0>") && !output.contains("<D2>") && !output.contains("ESC["))
        #expect(run.flat().contains("Сабақ 1/2 · ашылған сабақтар: 1/2. Келесісі — 2-сабақ (--lesson 2)."), "\(run.screen())")
        #expect(!output.contains(ExamFixture.kazakh))
        #expect(try opened(fixture, ExamFixture.kazakh) == [1])
    }

    /// A pager that does not exist: a warning in Russian, the lesson printed, nothing recorded.
    @Test func aPagerThatFailsIsReportedAndTheLessonNotRecorded() throws {
        let fixture = try ExamFixture(work: work)
        let run = try TerminalDriver(work: work).run(
            terminals: ["a": learn(fixture, ExamFixture.russian, rows: 6, environment: ["LANG": "C.UTF-8", "NO_COLOR": "1", "PAGER": "/nonexistent/pager"])],
            steps: [["start": "a"], ["wait": "a"]], db: fixture.db)
        #expect(run.error == nil, "\(run.error ?? "")")
        #expect(run.status() == 0)
        #expect(run.flat().contains("sana: предупреждение: программа просмотра «/nonexistent/pager» не сработала (код завершения 127): урок выведен ниже и не отмечен как открытый; укажите в PAGER работающую программу или не задавайте PAGER вовсе"), "\(run.screen())")
        #expect(run.screen().contains("Тест · Урок 1/2\n\nПервый урок\n==========="))
        #expect(try opened(fixture, ExamFixture.russian) == [])
    }

    /// On a screen tall enough, the lesson is printed and recorded; every heading level is marked
    /// in plain text; the footer names no IIN.
    @Test func aRussianLessonOnATallScreen() throws {
        let fixture = try ExamFixture(work: work)
        let run = try TerminalDriver(work: work).run(
            terminals: ["a": learn(fixture, ExamFixture.russian, rows: 40, environment: ["LANG": "C.UTF-8", "NO_COLOR": "1"])],
            steps: [["start": "a"], ["wait": "a"]], db: fixture.db)
        #expect(run.error == nil, "\(run.error ?? "")")
        #expect(run.screen() == """
            Тест · Урок 1/2

            Первый урок
            ===========

            Это первый урок.

            Заголовок третьего уровня
            ~~~~~~~~~~~~~~~~~~~~~~~~~

            Конец.

            Урок 1/2 · открыто уроков: 1 из 2. Следующий — урок 2 (--lesson 2).

            """)
        #expect(try opened(fixture, ExamFixture.russian) == [1])
    }

    /// `requires_lessons: true`: the exam refuses to start, in the learner's language, naming the
    /// lessons still to read; once they have been shown, it starts.
    @Test func theExamWaitsForTheLessonsWhenTheCourseSaysSo() throws {
        let fixture = try ExamFixture(work: work, requiresLessons: true)
        let code = fixture.codes[ExamFixture.kazakh]!
        let take = { (extra: [String]) in
            try fixture.sana.run(["quiz", "take", "quiz", "--learner", ExamFixture.kazakh, "--db", fixture.db] + extra, environment: ["SANA_ACCESS_CODE": code], input: "{}")
        }
        let refused = try take([])
        #expect(refused.status == 1)
        #expect(refused.stderr == "sana: қате: Емтихан барлық сабақ оқылғаннан кейін ашылады. Әлі оқылмаған сабақтар: 1, 2. Сабақты ашу: sana learn quiz --learner ЖСН --lesson N\n")
        let script = try take(["--answers", "-", "--no-submit"])
        #expect(script.stderr == "sana: error: the exam of quiz starts once every lesson is opened: lessons 1, 2 not yet\n")
        for lesson in ["1", "2"] {
            let shown = try TerminalDriver(work: work).run(
                terminals: ["a": learn(fixture, ExamFixture.kazakh, rows: 40, environment: ["LANG": "C.UTF-8", "NO_COLOR": "1"], extra: ["--lesson", lesson])],
                steps: [["start": "a"], ["wait": "a"]], db: fixture.db)
            #expect(shown.status() == 0)
        }
        #expect(try opened(fixture, ExamFixture.kazakh) == [1, 2])
        let started = try take(["--answers", "-", "--no-submit"])
        #expect(started.status == 0, "\(started.stderr)")
    }
}
