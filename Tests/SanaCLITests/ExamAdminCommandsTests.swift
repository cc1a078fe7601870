import Foundation
import GRDB
import SanaTestSupport
import Testing

/// Issue 14: `sana quiz reset|accommodate|reopen`, `sana report progress` and `--excel` on the
/// reports, end to end through the built binary.
@Suite struct ExamAdminCommandsTests {
    static let iin = QuizCommandsTests.iin
    static let other = "991201600009"
    let sana = SanaBinary.built
    let work = TemporaryFolder()
    let db: String

    init() throws {
        db = work.file("s.db")
    }

    /// The course `quiz` (2 attempts, no wait) with learner 040115500005 enrolled; returns their code.
    func prepare() throws -> String {
        try QuizCommandsTests.prepare(sana, work, db: db)
    }

    func take(_ code: String, answers: String = "{}") throws -> SanaBinary.Result {
        try sana.run(["quiz", "take", "quiz", "--learner", Self.iin, "--answers", "-", "--db", db], environment: ["SANA_ACCESS_CODE": code], input: answers)
    }

    func sql(_ text: String) throws {
        try DatabaseQueue(path: db).write { try $0.execute(sql: text) }
    }

    @Test func resetGivesTheAttemptsBackInTheAdminsLanguage() throws {
        let code = try prepare()
        #expect(try take(code).status == 0)
        #expect(try take(code).status == 0)
        let refused = try take(code)
        #expect(refused.stderr == "sana: error: learner 040115500005 has used all 2 attempts at quiz\n")
        let reset = try sana.run(["quiz", "reset", "--learner", Self.iin, "--course", "quiz", "--reason", "отключили свет", "--db", db], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(reset.status == 0, "\(reset.stderr)")
        #expect(reset.stdout == """
            2 попытки учащегося 040115500005 на курсе quiz больше не засчитываются (сохранены для истории): 1, 2.
            Теперь осталось 2 попытки.

            """)
        let again = try take(code, answers: QuizCommandsTests.rightAnswers)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("attempt 1 of 2"), "\(again.stdout)")
        let audit = try DatabaseQueue(path: db).read { try Row.fetchOne($0, sql: "SELECT actor, detail FROM audit_log WHERE action = 'quiz.reset'") }!
        #expect(audit["detail"] as String == "quiz: attempts 1, 2 no longer count; reason: отключили свет")
        #expect((audit["actor"] as String).isEmpty == false)
        // Bad input: no reason, a blank one (usage, 64), an IIN that is not one, nothing left to reset.
        let noReason = try sana.run(["quiz", "reset", "--learner", Self.iin, "--course", "quiz", "--db", db])
        #expect(noReason.status == 64)
        let blank = try sana.run(["quiz", "reset", "--learner", Self.iin, "--course", "quiz", "--reason", "  ", "--db", db])
        #expect(blank.status == 64)
        #expect(blank.stderr.hasPrefix("Error: give a reason with --reason, for instance --reason \"power cut during the exam\"\n"))
        let wrongIIN = try sana.run(["quiz", "reset", "--learner", "040115500006", "--course", "quiz", "--reason", "x", "--db", db])
        #expect(wrongIIN.status == 1)
        #expect(wrongIIN.stderr.hasPrefix("sana: error: IIN 040115500006 "))
        let json = try sana.run(["quiz", "reset", "--learner", Self.iin, "--course", "quiz", "--reason", "x", "--json", "--db", db])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(object["voided"] as? [Int] == [3])
        #expect(object["attempts_left"] as? Int == 2)
    }

    @Test func resetIsRefusedWhileACertificateIsHeld() throws {
        let code = try prepare()
        #expect(try take(code, answers: QuizCommandsTests.rightAnswers).status == 0)
        #expect(try sana.run(["cert", "issuer", "--db", db, "--name", "AI-Sana", "--url", "https://aisana.example.kz"]).status == 0)
        #expect(try sana.run(["cert", "keygen", "--db", db]).status == 0)
        let issued = try sana.run(["cert", "issue", "--db", db, "--course", "quiz", "--all-eligible", "--out", "out"], in: work.path)
        #expect(issued.status == 0, "\(issued.stderr)")
        let id = try DatabaseQueue(path: db).read { try String.fetchOne($0, sql: "SELECT id FROM certificate") }!
        let reset = try sana.run(["quiz", "reset", "--learner", Self.iin, "--course", "quiz", "--reason", "x", "--db", db])
        #expect(reset.status == 1)
        #expect(reset.stderr == "sana: error: learner 040115500005 holds certificate \(id) for quiz: revoke it first with 'sana cert revoke \(id) --reason ...', then reset the attempts\n")
        let reopen = try sana.run(["quiz", "reopen", "--learner", Self.iin, "--course", "quiz", "--reason", "x", "--minutes", "5", "--db", db])
        #expect(reopen.stderr == "sana: error: certificate \(id) was issued from attempt 1: a certified attempt cannot be reopened\n")
        // The progress report names the certificate.
        let progress = try sana.run(["report", "progress", "--course", "quiz", "--csv", "--db", db])
        #expect(progress.stdout == """
            iin,student_number,name,institution,cohort,lessons_opened,lessons_total,attempts,best_score,passed,certificate,status\r
            040115500005,,Серікова Айгерім,ҚазҰУ,,0,1,1,100%,yes,\(id),passed\r

            """)
    }

    @Test func accommodationsAreShownSetAndCleared() throws {
        let code = try prepare()
        func accommodate(_ extra: [String], lang: String? = nil) throws -> SanaBinary.Result {
            try sana.run(["quiz", "accommodate", "--learner", Self.iin, "--course", "quiz", "--db", db] + extra, environment: lang.map { ["LANG": $0] } ?? [:])
        }
        #expect(try accommodate([]).stdout == "Learner 040115500005 has no accommodations at quiz.\n")
        let set = try accommodate(["--extra-minutes", "15", "--extra-attempts", "1"], lang: "kk_KZ.UTF-8")
        #expect(set.stdout == "Сақталды. 040115500005 білім алушы, quiz курсы: әр әрекетке қосымша минут: 15; қосымша әрекет: 1.\n")
        let json = try accommodate(["--json"])
        #expect(json.stdout == """
            {
              "course" : "quiz",
              "extra_attempts" : 1,
              "extra_minutes" : 15,
              "iin" : "040115500005"
            }

            """)
        // Applied: 45 minutes instead of 30, and a third attempt.
        let first = try sana.run(["quiz", "take", "quiz", "--learner", Self.iin, "--answers", "-", "--no-submit", "--json", "--db", db], environment: ["SANA_ACCESS_CODE": code], input: "{}")
        let sheet = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as! [String: Any]
        let (started, deadline) = try DatabaseQueue(path: db).read { db in
            let row = try Row.fetchOne(db, sql: "SELECT started_at, deadline FROM attempt")!
            return (row["started_at"] as String, row["deadline"] as String)
        }
        let minutes = (ISO8601DateFormatter.store(deadline).timeIntervalSince(ISO8601DateFormatter.store(started))) / 60
        #expect(minutes == 45, "\(sheet.keys)")
        for _ in 0..<3 { #expect(try take(code).status == 0) }
        #expect(try take(code).stderr == "sana: error: learner 040115500005 has used all 3 attempts at quiz\n")
        #expect(try accommodate(["--clear"]).stdout == "Accommodations of learner 040115500005 at quiz removed.\n")
        #expect(try accommodate([]).stdout == "Learner 040115500005 has no accommodations at quiz.\n")
        let tooMany = try accommodate(["--extra-minutes", "2000"])
        #expect(tooMany.status == 64)
        #expect(tooMany.stderr.hasPrefix("Error: --extra-minutes must be from 0 to 1440, not 2000\n"))
        let both = try accommodate(["--clear", "--extra-attempts", "1"])
        #expect(both.status == 64)
        #expect(both.stderr.hasPrefix("Error: --clear removes every accommodation: give it alone, or set --extra-minutes 0 or --extra-attempts 0\n"))
        let entries = try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit_log WHERE action = 'quiz.accommodate'") }
        #expect(entries == 2)
    }

    @Test func reopenLetsTheLearnerContinue() throws {
        let code = try prepare()
        let partial = try take(code, answers: #"{"tf": true}"#)
        #expect(partial.status == 0)
        let reopen = try sana.run(["quiz", "reopen", "--learner", Self.iin, "--course", "quiz", "--minutes", "10", "--reason", "power cut", "--db", db])
        #expect(reopen.status == 0, "\(reopen.stderr)")
        #expect(reopen.stdout.hasPrefix("Attempt 1 of learner 040115500005 at quiz is open again for 10 minutes, until "))
        #expect(reopen.stdout.hasSuffix(" (Asia/Almaty, UTC+5): the learner continues it with 'sana quiz take quiz'.\n"))
        let twice = try sana.run(["quiz", "reopen", "--learner", Self.iin, "--course", "quiz", "--minutes", "10", "--reason", "x", "--db", db])
        #expect(twice.stderr == "sana: error: learner 040115500005 already has attempt 1 open at quiz: they can continue it with 'sana quiz take quiz'\n")
        let rest = try take(code, answers: #"{"even": "2", "capital": "астана", "year": 1956}"#)
        #expect(rest.status == 0, "\(rest.stderr)")
        #expect(rest.stdout.hasPrefix("Score 100% · pass mark 70% · PASSED\nAnswered 4 of 4 · attempt 1 of 2."), "\(rest.stdout)")
        let ru = try sana.run(["quiz", "reopen", "--learner", Self.iin, "--course", "quiz", "--minutes", "1", "--reason", "x", "--lang", "ru", "--db", db])
        #expect(ru.stdout.hasPrefix("Попытка 1 учащегося 040115500005 на курсе quiz снова открыта на 1 минуту, до "), "\(ru.stdout)")
        let badMinutes = try sana.run(["quiz", "reopen", "--learner", Self.iin, "--course", "quiz", "--minutes", "0", "--reason", "x", "--db", db])
        #expect(badMinutes.status == 64)
        #expect(badMinutes.stderr.hasPrefix("Error: --minutes must be from 1 to 1440, not 0\n"))
    }

    /// Issue 14, case 7: who has not started, in Russian, and the grade export with student numbers.
    @Test func progressAnswersWhoHasNotStarted() throws {
        let code = try prepare()
        let added = try sana.run(["learner", "add", "--iin", Self.other, "--last-name", "Әлиев", "--first-name", "Нұрлан", "--institution", "ҚазҰУ", "--course", "quiz", "--db", db])
        #expect(added.status == 0)
        try sql("UPDATE learner SET student_number = 'ЗК-0042' WHERE iin = '\(Self.other)'")
        #expect(try take(code).status == 0)
        let ru = try sana.run(["report", "progress", "--course", "quiz", "--status", "not-started", "--db", db], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(ru.stdout == """
            ИИН           ФИО           УЧЕБНОЕ ЗАВЕДЕНИЕ  ОТКРЫТО УРОКОВ  ПОПЫТКИ  ЛУЧШИЙ БАЛЛ  СДАНО  СЕРТИФИКАТ  СТАТУС
            991201600009  Әлиев Нұрлан  ҚазҰУ              0/1             0                     нет    нет         не начато
            1 учащийся на курсе quiz
            не начали: 1 · в процессе: 0 · сдали: 0 · не сдали: 0

            """)
        let all = try sana.run(["report", "progress", "--course", "quiz", "--db", db])
        #expect(all.stdout.hasSuffix("2 learners enrolled in quiz\nnot started: 1 · in progress: 1 · passed: 0 · failed: 0\n"), "\(all.stdout)")
        let none = try sana.run(["report", "progress", "--course", "quiz", "--status", "passed", "--lang", "kk", "--db", db])
        #expect(none.stdout == "quiz курсында бұл сүзгіге сәйкес білім алушы жоқ\n")
        let json = try sana.run(["report", "progress", "--course", "quiz", "--status", "not-started", "--json", "--db", db])
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let learner = (report["learners"] as! [[String: Any]])[0]
        #expect(learner["student_number"] as? String == "ЗК-0042")
        #expect(learner["status"] as? String == "not-started")
        #expect(learner["certificate"] is NSNull)
        // --excel: BOM, ';', CRLF, the admin's language, the student number for the university's system.
        let excel = try sana.run(["report", "progress", "--course", "quiz", "--excel", "--lang", "ru", "--db", db])
        let expected = "\u{FEFF}ИИН;Номер зачётной книжки;ФИО;Учебное заведение;Когорта;Открыто уроков;Уроков в курсе;Попытки;Лучший балл;Сдано;Сертификат;Статус\r\n"
            + "040115500005;;Серікова Айгерім;ҚазҰУ;;0;1;1;0%;нет;;в процессе\r\n"
            + "991201600009;ЗК-0042;Әлиев Нұрлан;ҚазҰУ;;0;1;0;;нет;;не начато\r\n"
        #expect(Array(excel.stdout.utf8) == Array(expected.utf8))
        #expect(Array(excel.stdout.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        // Bad input.
        let status = try sana.run(["report", "progress", "--course", "quiz", "--status", "done", "--db", db])
        #expect(status.status == 64)
        let both = try sana.run(["report", "progress", "--course", "quiz", "--csv", "--excel", "--db", db])
        #expect(both.status == 64)
        #expect(both.stderr.hasPrefix("Error: choose one of --json, --csv and --excel\n"))
        let cohort = try sana.run(["report", "progress", "--course", "quiz", "--cohort", "2026-A", "--db", db])
        #expect(cohort.stderr == "sana: error: no cohort named '2026-A' in the store\n")
    }

    /// Issue 14, case 8: the results and completions Excel opens as columns.
    @Test func excelExportsOpenAsColumns() throws {
        let code = try prepare()
        #expect(try take(code, answers: #"{"tf": true, "even": "2", "capital": "астана", "year": 1955}"#).status == 0)
        try sql("UPDATE learner SET student_number = '=2+2'")
        let results = try sana.run(["quiz", "results", "--course", "quiz", "--excel", "--lang", "kk", "--db", db])
        let lines = results.stdout.components(separatedBy: "\r\n")
        #expect(results.stdout.hasPrefix("\u{FEFF}ЖСН;Аты-жөні;Оқу орны;Әрекеттер;Балл;Күйі;Бұрын өткен;Соңғы тапсыру;Сынақ кітапшасының нөмірі\r\n"))
        #expect(lines[1].hasPrefix("040115500005;Серікова Айгерім;ҚазҰУ;1;75%;өтті;иә;"), "\(lines)")
        // The formula guard holds in Excel's variant too.
        #expect(lines[1].hasSuffix(";\"'=2+2\""), "\(lines)")
        #expect(lines.count == 3 && lines[2].isEmpty)
        let csv = try sana.run(["quiz", "results", "--course", "quiz", "--csv", "--db", db])
        #expect(csv.stdout.hasPrefix("iin,name,institution,attempts,score,status,ever_passed,last_submitted_at,student_number\r\n"))
        let completions = try sana.run(["report", "completions", "--excel", "--lang", "ru", "--db", db])
        #expect(Array(completions.stdout.utf8) == Array("\u{FEFF}Учебное заведение;Зачислено;Сдавали экзамен;Сдали;Доля сдавших\r\nҚазҰУ;1;1;1;\"100,0%\"\r\n".utf8))
        let text = try sana.run(["report", "completions", "--db", db], environment: ["LANG": "kk_KZ.UTF-8"])
        #expect(text.stdout == """
            ОҚУ ОРНЫ  ТІРКЕЛГЕН  ЕМТИХАН ТАПСЫРҒАН  ӨТКЕН  ӨТУ ҮЛЕСІ
            ҚазҰУ     1          1                  1      100,0%
            барлығы   1          1                  1      100,0%

            """)
        let items = try sana.run(["report", "items", "--course", "quiz", "--lang", "ru", "--db", db])
        #expect(items.stdout.hasPrefix("quiz, версия 1: 1 сданная попытка, выпало 4 вопроса\nВОПРОС"), "\(items.stdout)")
        #expect(items.stdout.hasSuffix("4 вопроса с отметками\n"), "\(items.stdout)")
    }
}

extension ISO8601DateFormatter {
    /// A store timestamp (`2026-01-01 00:00:00.000`, UTC) as a date.
    static func store(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
        return formatter.date(from: text)!
    }
}
