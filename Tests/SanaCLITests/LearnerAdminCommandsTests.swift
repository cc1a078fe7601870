import Foundation
import GRDB
import SanaTestSupport
import Testing

/// `sana learner edit|withdraw|reinstate|show|list|codes` end to end (issue 14, cases 3, 4, 5
/// and the `learner list` item of 9), in the admin's language.
@Suite struct LearnerAdminCommandsTests {
    let sana = SanaBinary.built
    let work = TemporaryFolder()
    let db: String
    static let iin = "040115500005"
    static let ru = ["LANG": "ru_RU.UTF-8"]
    static let kk = ["LANG": "kk_KZ.UTF-8"]

    init() throws {
        db = work.file("s.db")
        #expect(try sana.run(["init", "--db", db]).status == 0)
        try DatabaseQueue(path: db).write { try $0.execute(sql: "INSERT INTO course (id, created_at) VALUES ('ai-foundations', '2026-01-01 00:00:00.000')") }
        let add = try sana.run(["learner", "add", "--iin", Self.iin, "--last-name", "Серикова", "--first-name", "Айгерим", "--email", "old@mail.kz",
                                "--institution", "ҚазҰУ", "--course", "ai-foundations", "--cohort", "2026 көктем", "--db", db])
        #expect(add.status == 0, "\(add.stderr)")
    }

    func sql(_ text: String) throws {
        try DatabaseQueue(path: db).write { try $0.execute(sql: text) }
    }

    @Test func editPrintsWhatChangedInRussianAndClearsExplicitly() throws {
        let edit = try sana.run(["learner", "edit", Self.iin, "--last-name", "Серікова", "--clear", "email", "--db", db], environment: Self.ru)
        #expect(edit.status == 0, "\(edit.stderr)")
        #expect(edit.stdout == """
            Изменены данные учащегося 040115500005 Серікова Айгерим:
              фамилия: Серикова → Серікова
              эл. почта: old@mail.kz → (пусто)

            """)
        let audit = try DatabaseQueue(path: db).read { try Row.fetchOne($0, sql: "SELECT actor, subject, detail FROM audit_log WHERE action = 'learner.edit'") }
        #expect(audit?["subject"] as String? == Self.iin)
        #expect(audit?["detail"] as String? == "changed last-name, email")
        #expect(audit?["actor"] as String? == NSUserName())
        let same = try sana.run(["learner", "edit", Self.iin, "--last-name", "Серікова", "--db", db])
        #expect(same.stdout == "nothing changed: 040115500005 Серікова Айгерим already has these values\n")
        let json = try sana.run(["learner", "edit", Self.iin, "--cohort", "2026 күз", "--course", "ai-foundations", "--json", "--db", db])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["changes"] as? [[String: String]]) == [["field": "cohort", "old": "2026 көктем", "new": "2026 күз"]])
        #expect((object["learner"] as? [String: Any])?["email"] == nil)
    }

    @Test func editRefusesWithTheExactFix() throws {
        let cases: [([String], Int32, String)] = [
            (["--iin", "010101500003"], 64,
             "Error: the IIN cannot be edited: a learner is known by it. Add the learner with the right IIN ('sana learner add') and merge the two with 'sana learner merge RIGHT-IIN 040115500005'\n"),
            ([], 64, "Error: nothing to change: give --last-name, --first-name, --middle-name, --email, --institution, --faculty, --group, --language or --cohort, or --clear FIELD\n"),
            (["--email", ""], 64, "Error: --email is empty: give a value, or --clear email to remove it\n"),
            (["--clear", "last-name"], 64, "Error: --clear last-name: the last name is required and cannot be removed; give --last-name with the right value instead\n"),
            (["--email", "a@b.kz", "--clear", "email"], 64, "Error: --email and --clear email contradict each other: give one of them\n"),
            (["--cohort", "A"], 64, "Error: --cohort and --clear cohort need --course: a cohort belongs to the learner's enrollment in a course\n"),
            (["--email", "not an address"], 1, "sana: error: email 'not an address' is not a valid address\n"),
            (["--language", "de"], 1, "sana: error: language 'de' is not one of kk, ru, en\n"),
        ]
        for (extra, status, stderr) in cases {
            let result = try sana.run(["learner", "edit", Self.iin] + extra + ["--db", db])
            #expect(result.status == status, "\(extra)")
            #expect(result.stderr.hasPrefix(stderr), "\(extra): \(result.stderr)")
        }
        let missing = try sana.run(["learner", "edit", "010101500003", "--email", "a@b.kz", "--db", db])
        #expect(missing.stderr == "sana: error: no learner with IIN 010101500003\n")
        #expect(try DatabaseQueue(path: db).read { try String.fetchOne($0, sql: "SELECT email FROM learner") } == "old@mail.kz")
    }

    @Test func showSaysWhenTheyWereWithdrawnAndCompletedNotWhenTheyEnrolled() throws {
        let withdraw = try sana.run(["learner", "withdraw", Self.iin, "--course", "ai-foundations", "--reason", "академический отпуск", "--db", db])
        #expect(withdraw.status == 0, "\(withdraw.stderr)")
        #expect(withdraw.stdout.hasPrefix("withdrew 040115500005 Серикова Айгерим from ai-foundations on "))
        try sql("UPDATE enrollment SET enrolled_at = '2026-09-01 04:00:00.000', withdrawn_at = '2026-10-05 05:30:00.000'")
        let show = try sana.run(["learner", "show", Self.iin, "--db", db], environment: Self.ru)
        #expect(show.stdout.contains("\n  курс      ai-foundations: отчислен(а) с 5 октября 2026 г., 10:30 (Asia/Almaty, UTC+5) (записан(а) 1 сентября 2026 г., 09:00 (Asia/Almaty, UTC+5)), поток 2026 көктем\n"), "\(show.stdout)")
        let again = try sana.run(["learner", "withdraw", Self.iin, "--course", "ai-foundations", "--db", db])
        #expect(again.status == 1)
        #expect(again.stderr == "sana: error: learner 040115500005 is already withdrawn from ai-foundations (since 2026-10-05 05:30:00 UTC): 'sana learner reinstate 040115500005 --course ai-foundations' takes it back\n")
        let json = try sana.run(["learner", "show", Self.iin, "--json", "--db", db])
        let enrollment = try #require(((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["enrollments"] as? [[String: Any]])?.first)
        #expect(enrollment["withdrawn_at"] as? String == "2026-10-05 05:30:00.000")
        #expect(enrollment["enrolled_at"] as? String == "2026-09-01 04:00:00.000")
        #expect(enrollment["completed_at"] is NSNull)

        let reinstate = try sana.run(["learner", "reinstate", Self.iin, "--course", "ai-foundations", "--json", "--db", db])
        let back = try #require(try JSONSerialization.jsonObject(with: Data(reinstate.stdout.utf8)) as? [String: Any])
        #expect(back["iin"] as? String == Self.iin && back["status"] as? String == "active" && back["withdrawn_at"] is NSNull)
        let notWithdrawn = try sana.run(["learner", "reinstate", Self.iin, "--course", "ai-foundations", "--db", db])
        #expect(notWithdrawn.stderr == "sana: error: learner 040115500005 is not withdrawn from ai-foundations (the enrollment is active): there is nothing to reinstate\n")
        try sql("UPDATE enrollment SET status = 'completed', completed_at = '2026-12-07 09:32:00.000'")
        let completed = try sana.run(["learner", "show", Self.iin, "--db", db], environment: ["TZ": "UTC"])
        #expect(completed.stdout.contains("\n  course     ai-foundations: completed on 7 December 2026, 09:32 (UTC) (enrolled on 1 September 2026, 04:00 (UTC)), cohort 2026 көктем\n"), "\(completed.stdout)")
        let kazakh = try sana.run(["learner", "reinstate", Self.iin, "--course", "ai-foundations", "--db", db], environment: Self.kk)
        #expect(kazakh.stderr == "sana: error: 040115500005 білім алушысы ai-foundations курсынан шығарылмаған (жазылу күйі: completed): қалпына келтіретін ештеңе жоқ\n")
        let actions = try DatabaseQueue(path: db).read { try String.fetchAll($0, sql: "SELECT action || ': ' || detail FROM audit_log WHERE action IN ('learner.withdraw', 'learner.reinstate') ORDER BY id") }
        #expect(actions == ["learner.withdraw: course ai-foundations: академический отпуск", "learner.reinstate: course ai-foundations: active"])
        let notEnrolled = try sana.run(["learner", "withdraw", Self.iin, "--course", "other", "--db", db])
        #expect(notEnrolled.stderr == "sana: error: no course other in the store: import it with 'sana course import'\n")
    }

    @Test func codesAlreadyHandedOutAreReplacedOnlyWithReissue() throws {
        let second = "991201600009"
        #expect(try sana.run(["learner", "add", "--iin", second, "--last-name", "Әлиев", "--first-name", "Б", "--db", db]).status == 0)
        // A repeated --learner keeps every one of them.
        let both = try sana.run(["learner", "codes", "--learner", Self.iin, "--learner", second, "--out", work.file("both.csv"), "--db", db])
        #expect(both.status == 0, "\(both.stderr)")
        let rows = try String(contentsOfFile: work.file("both.csv"), encoding: .utf8).split(separator: "\r\n").map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
        #expect(rows == ["iin,name", "\(second),Әлиев Б", "\(Self.iin),Серикова Айгерим"])
        let third = "000101300019"
        #expect(try sana.run(["learner", "add", "--iin", third, "--last-name", "Ким", "--first-name", "Анна", "--db", db]).status == 0)
        let hashes = try DatabaseQueue(path: db).read { try String.fetchAll($0, sql: "SELECT code_hash FROM access_code ORDER BY learner_id") }
        #expect(hashes.count == 2)
        let refused = try sana.run(["learner", "codes", "--all", "--out", work.file("all.csv"), "--db", db])
        #expect(refused.status == 1)
        #expect(refused.stderr == "sana: error: 2 of the 3 selected learners already have an access code that may have been handed out: new codes would replace them and the old ones would stop working; give --reissue to replace them, or --without-code to issue codes only to learners who have none\n")
        // Only the learner added since: the handed-out codes keep working.
        let newOnly = try sana.run(["learner", "codes", "--without-code", "--json", "--out", work.file("new.csv"), "--db", db])
        #expect(newOnly.status == 0, "\(newOnly.stderr)")
        #expect(try String(contentsOfFile: work.file("new.csv"), encoding: .utf8).split(separator: "\r\n").dropFirst().map { String($0.prefix(12)) } == [third])
        #expect(try DatabaseQueue(path: db).read { try String.fetchAll($0, sql: "SELECT code_hash FROM access_code WHERE learner_id IN (SELECT id FROM learner WHERE iin <> ?) ORDER BY learner_id", arguments: [third]) } == hashes)
        #expect(!FileManager.default.fileExists(atPath: work.file("all.csv")))
        let reissued = try sana.run(["learner", "codes", "--all", "--reissue", "--out", work.file("all.csv"), "--db", db], environment: Self.ru)
        #expect(reissued.status == 0, "\(reissued.stderr)")
        #expect(reissued.stdout == "Выдано 3 кода доступа, они записаны в \(work.file("all.csv")) (режим 0600): раздайте их и удалите файл\nЗаменено 3 прежних кода: они больше не действуют\n")
        #expect(try DatabaseQueue(path: db).read { try String.fetchAll($0, sql: "SELECT code_hash FROM access_code ORDER BY learner_id") }.allSatisfy { !hashes.contains($0) })
        let json = try sana.run(["learner", "codes", "--learner", third, "--reissue", "--json", "--out", work.file("one.csv"), "--db", db])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(summary["issued"] as? Int == 1 && summary["replaced"] as? Int == 1)
    }

    @Test func listHasAHeaderAndKazakhAlphabeticalOrder() throws {
        for (iin, last) in [("991201600009", "Бекова"), ("000101300019", "Әлиев"), ("010101500003", "Абаев")] {
            #expect(try sana.run(["learner", "add", "--iin", iin, "--last-name", last, "--first-name", "А", "--db", db]).status == 0)
        }
        let list = try sana.run(["learner", "list", "--db", db], environment: Self.kk)
        #expect(list.stdout == """
            ЖСН           АТЫ-ЖӨНІ          ЖОО    КУРСТАР
            010101500003  Абаев А           -
            000101300019  Әлиев А           -
            991201600009  Бекова А          -
            040115500005  Серикова Айгерим  ҚазҰУ  ai-foundations (оқуда)

            """)
        let none = try sana.run(["learner", "list", "--course", "nope", "--db", db], environment: Self.ru)
        #expect(none.stdout == "Учащиеся не найдены\n")
    }

    @Test func aSuspendedLearnerCannotStartAnExamUntilUnsuspended() throws {
        let quizDB = work.file("q.db")
        let code = try QuizCommandsTests.prepare(sana, work, db: quizDB)
        let suspend = try sana.run(["learner", "suspend", Self.iin, "--reason", "проверка", "--db", quizDB], environment: Self.ru)
        #expect(suspend.stdout == "Учётная запись 040115500005 Серікова Айгерім приостановлена: код доступа не принимается, сдать экзамен нельзя\n")
        let take = ["quiz", "take", "quiz", "--learner", Self.iin, "--db", quizDB]
        let refused = try sana.run(take + ["--lang", "ru"], in: work.path, environment: ["SANA_ACCESS_CODE": code])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Ваша учётная запись приостановлена, поэтому вы не можете сдавать экзамен: обратитесь к администратору курса."), "\(refused.stderr)")
        let again = try sana.run(["learner", "suspend", Self.iin, "--db", quizDB])
        #expect(again.stderr == "sana: error: learner 040115500005 is already suspended\n")
        let show = try sana.run(["learner", "show", Self.iin, "--json", "--db", quizDB])
        #expect((try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])?["status"] as? String == "suspended")
        let lift = try sana.run(["learner", "unsuspend", Self.iin, "--db", quizDB])
        #expect(lift.stdout == "lifted the suspension of 040115500005 Серікова Айгерім: their access code works again\n")
        let sheet = try sana.run(take + ["--answers", "-", "--no-submit"], in: work.path, environment: ["SANA_ACCESS_CODE": code], input: "{}")
        #expect(sheet.status == 0, "\(sheet.stderr)")
        let notSuspended = try sana.run(["learner", "unsuspend", Self.iin, "--db", quizDB])
        #expect(notSuspended.stderr == "sana: error: learner 040115500005 is not suspended: there is nothing to lift\n")
        let actions = try DatabaseQueue(path: quizDB).read { try String.fetchAll($0, sql: "SELECT action || ' ' || ifnull(detail, '-') FROM audit_log WHERE action LIKE 'learner.%suspend' ORDER BY id") }
        #expect(actions == ["learner.suspend проверка", "learner.unsuspend -"])
    }

    /// A roster revert never restores old values over an admin's correction or withdrawal: it
    /// sees the later change and names the learner.
    @Test func aRevertRefusesAfterAnEditOrAWithdrawal() throws {
        let updated = "991201600009"
        try work.write("r.csv", "iin,last_name,first_name,email\n\(Self.iin),Серикова,Айгерим,new@mail.kz\n\(updated),Әлиев,Б,\n")
        let imported = try sana.run(["roster", "import", "--db", db, "r.csv", "--institution", "ҚазҰУ", "--course", "ai-foundations"], in: work.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try sana.run(["learner", "edit", Self.iin, "--email", "right@mail.kz", "--db", db]).status == 0)
        #expect(try sana.run(["learner", "withdraw", updated, "--course", "ai-foundations", "--db", db]).status == 0)
        let revert = try sana.run(["roster", "revert", "--db", db, "1"])
        #expect(revert.status == 1)
        #expect(revert.stderr == "sana: error: cannot revert import batch 1: later changes touched learners \(Self.iin), \(updated)\n")
        #expect(try DatabaseQueue(path: db).read { try String.fetchOne($0, sql: "SELECT email FROM learner WHERE iin = ?", arguments: [Self.iin]) } == "right@mail.kz")
    }
}
