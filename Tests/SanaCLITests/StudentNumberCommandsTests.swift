import Foundation
import GRDB
import SanaTestSupport
import Testing

/// Issue 14: the university's own student number (номер зачётной книжки), end to end through the
/// built `sana`: set by a roster column (its Russian and Kazakh names too), updated by a re-import
/// that changes nothing else, restored by a revert, set and cleared one learner at a time, shown,
/// exported and erased; and a single-name learner's display name in a report and a certificate.
@Suite struct StudentNumberCommandsTests {
    let sana = SanaBinary.built
    let work = TemporaryFolder()
    let db: String
    static let ru = ["LANG": "ru_RU.UTF-8"]

    init() throws {
        db = work.file("s.db")
    }

    func prepare() throws {
        #expect(try sana.run(["init", "--db", db]).status == 0)
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: "INSERT INTO course (id, created_at) VALUES ('ai-foundations', '2026-01-01 00:00:00.000')")
        }
    }

    func importing(_ file: String, _ extra: [String] = [], environment: [String: String] = [:]) throws -> SanaBinary.Result {
        try sana.run(["roster", "import", "--db", db, file, "--institution", "KBTU", "--course", "ai-foundations"] + extra,
                     in: work.path, environment: environment)
    }

    func number(_ iin: String) throws -> String? {
        try DatabaseQueue(path: db).read { try String.fetchOne($0, sql: "SELECT student_number FROM learner WHERE iin = ?", arguments: [iin]) }
    }

    @Test func aRussianHeaderSetsItAReimportChangingOnlyItUpdatesItAndARevertRestoresIt() throws {
        try prepare()
        let a = RosterText.iin(1), b = RosterText.iin(2)
        try work.write("a.csv", "ИИН;Фамилия;Имя;Номер зачётной книжки\n\(a);Нұрланов;Ерлан;ЗК-0001\n\(b);Иванов;Сергей;\n")
        let first = try importing("a.csv")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stderr.contains("ignor"), "the column is known: \(first.stderr)")
        #expect(try number(a) == "ЗК-0001")
        #expect(try number(b) == nil)

        // Only the student numbers change: not skipped as unchanged, and the plan names the change.
        try work.write("b.csv", "ИИН;Фамилия;Имя;Номер зачётной книжки\n\(a);Нұрланов;Ерлан;ЗК-0042\n\(b);Иванов;Сергей;ЗК-0002\n")
        let plan = try importing("b.csv", ["--dry-run", "--list"], environment: Self.ru)
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.hasSuffix("""
              обновляется  \(a)  Нұрланов Ерлан  [ai-foundations]  номер зачётной книжки: ЗК-0001 → ЗК-0042  (b.csv:2)
              обновляется  \(b)  Иванов Сергей  [ai-foundations]  номер зачётной книжки: (пусто) → ЗК-0002  (b.csv:3)

            """), "\(plan.stdout)")
        let second = try importing("b.csv", ["--json"])
        #expect(second.status == 0, "\(second.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any]
        #expect(summary?["updated"] as? Int == 2)
        #expect(summary?["unchanged"] as? Int == 0)
        #expect(summary?["identity_changes"] as? Int == 0)
        #expect(try number(a) == "ЗК-0042")
        #expect(try number(b) == "ЗК-0002")

        let history = try sana.run(["roster", "history", "--db", db, "2"])
        #expect(history.status == 0)
        #expect(history.stdout.hasSuffix("""
              updated  \(a)  Нұрланов Ерлан  student_number: ЗК-0001 → ЗК-0042
              updated  \(b)  Иванов Сергей  student_number: (empty) → ЗК-0002

            """), "\(history.stdout)")

        // An empty cell keeps the stored value, as other optional fields do; unchanged.
        try work.write("c.csv", "ИИН;Фамилия;Имя;Номер зачётной книжки\n\(a);Нұрланов;Ерлан;\n")
        let blank = try importing("c.csv", ["--json"])
        let blankSummary = try JSONSerialization.jsonObject(with: Data(blank.stdout.utf8)) as? [String: Any]
        #expect(blankSummary?["unchanged"] as? Int == 1)
        #expect(try number(a) == "ЗК-0042")

        let dry = try sana.run(["roster", "revert", "--db", db, "2", "--dry-run"])
        #expect(dry.stdout == """
            dry run, nothing was changed: reverting batch 2 (b.csv) would give 0 learners removed, 2 learners restored, 0 withdrawals undone
              restored  \(a)  Нұрланов Ерлан  student_number: ЗК-0042 → ЗК-0001
              restored  \(b)  Иванов Сергей  student_number: ЗК-0002 → (empty)

            """)
        let revert = try sana.run(["roster", "revert", "--db", db, "2"])
        #expect(revert.status == 0, "\(revert.stderr)")
        #expect(try number(a) == "ЗК-0001")
        #expect(try number(b) == nil)
    }

    @Test func everyHeaderNameOfTheColumnIsKnown() throws {
        try prepare()
        let names = [
            "student_number", "Student ID", "student id", "Student Number", "Номер зачетки", "номер зачётки", "Номер зачетной книжки",
            "НОМЕР ЗАЧЁТНОЙ КНИЖКИ", "№ зачетной книжки", "№ зачётной книжки", "Студенческий билет", "Сынақ кітапшасының нөмірі",
            "Студент нөмірі",
        ]
        for (index, name) in names.enumerated() {
            try work.write("h\(index).csv", "iin,last_name,first_name,\(name)\n\(RosterText.iin(index + 1)),Ахметова,Дана,S-\(index)\n")
            let result = try importing("h\(index).csv")
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(try number(RosterText.iin(index + 1)) == "S-\(index)", "\(name)")
        }
        try work.write("map.csv", "iin,last_name,first_name,Шифр\n\(RosterText.iin(20)),Ахметова,Дана,Z-20\n")
        #expect(try importing("map.csv", ["--map", "Шифр=student_number"]).status == 0)
        #expect(try number(RosterText.iin(20)) == "Z-20")
    }

    @Test func aValueLongerThan64CharactersIsRejectedWithTheExactError() throws {
        try prepare()
        let long = String(repeating: "7", count: 65)
        let exact = String(repeating: "8", count: 64)
        try work.write("a.csv", "iin,last_name,first_name,student_number\n\(RosterText.iin(1)),Ахметова,Дана,\(long)\n\(RosterText.iin(2)),Иванов,Сергей,\(exact)\n\(RosterText.iin(3)),Ким,Олжас,A\u{7}1\n")
        let result = try importing("a.csv")
        #expect(result.status == 0)
        #expect(result.stderr == """
            a.csv:2: error: student number is longer than 64 characters
            a.csv:4: error: student number contains a control or invisible formatting character

            """)
        #expect(try number(RosterText.iin(2)) == exact)
        let ru = try importing("a.csv", ["--dry-run"], environment: Self.ru)
        #expect(ru.stderr.hasPrefix("a.csv:2: error: номер зачётной книжки: длиннее 64 символов\n"), "\(ru.stderr)")
        let kk = try importing("a.csv", ["--dry-run", "--lang", "kk"])
        #expect(kk.stderr.hasPrefix("a.csv:2: error: сынақ кітапшасының нөмірі: 64 таңбадан ұзын\n"), "\(kk.stderr)")

        let add = try sana.run(["learner", "add", "--db", db, "--iin", RosterText.iin(5), "--last-name", "Ахметова", "--first-name", "Дана", "--student-number", long])
        #expect(add.status == 1)
        #expect(add.stderr == "sana: error: student number is longer than 64 characters\n")
        let addRu = try sana.run(["learner", "add", "--db", db, "--iin", RosterText.iin(5), "--last-name", "Ахметова", "--first-name", "Дана", "--student-number", long], environment: Self.ru)
        #expect(addRu.stderr == "sana: error: номер зачётной книжки: длиннее 64 символов\n")
        let edit = try sana.run(["learner", "edit", RosterText.iin(2), "--db", db, "--student-number", long])
        #expect(edit.status == 1)
        #expect(edit.stderr == "sana: error: student number is longer than 64 characters\n")
        #expect(try number(RosterText.iin(2)) == exact)
    }

    @Test func addEditClearShowExportAndErase() throws {
        try prepare()
        let iin = RosterText.iin(1)
        let add = try sana.run(["learner", "add", "--db", db, "--iin", iin, "--last-name", "Ахметова", "--first-name", "Дана",
                                "--institution", "KBTU", "--student-number", "  ЗК 0007  "])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(try number(iin) == "ЗК 0007")

        let show = try sana.run(["learner", "show", iin, "--db", db], environment: Self.ru.merging(["TZ": "UTC"]) { $1 })
        #expect(show.status == 0)
        #expect(show.stdout.contains("\n  номер зачётки ЗК 0007\n"), "\(show.stdout)")
        let json = try sana.run(["learner", "show", iin, "--json", "--db", db])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["student_number"] as? String == "ЗК 0007")

        let edit = try sana.run(["learner", "edit", iin, "--db", db, "--student-number", "ЗК-0008"], environment: Self.ru)
        #expect(edit.status == 0, "\(edit.stderr)")
        #expect(edit.stdout.hasSuffix("  номер зачётной книжки: ЗК 0007 → ЗК-0008\n"), "\(edit.stdout)")
        #expect(try number(iin) == "ЗК-0008")
        let audit = try DatabaseQueue(path: db).read { try Row.fetchOne($0, sql: "SELECT actor, detail FROM audit_log WHERE action = 'learner.edit'") }
        #expect(audit?["detail"] as String? == "changed student-number")
        #expect((audit?["actor"] as String?)?.isEmpty == false)

        let export = try sana.run(["learner", "export", iin, "--db", db])
        let exported = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any]
        #expect((exported?["learner"] as? [String: Any])?["student_number"] as? String == "ЗК-0008")

        let cleared = try sana.run(["learner", "edit", iin, "--db", db, "--clear", "student-number"])
        #expect(cleared.status == 0, "\(cleared.stderr)")
        #expect(cleared.stdout.hasSuffix("  student number: ЗК-0008 → (empty)\n"), "\(cleared.stdout)")
        #expect(try number(iin) == nil)
        let empty = try sana.run(["learner", "edit", iin, "--db", db, "--student-number", " "])
        #expect(empty.status == 64)
        #expect(empty.stderr.hasPrefix("Error: --student-number is empty: give a value, or --clear student-number to remove it\n"))

        // An erasure removes it with the other personal data.
        #expect(try sana.run(["learner", "edit", iin, "--db", db, "--student-number", "ЗК-0009"]).status == 0)
        let erase = try sana.run(["learner", "erase", iin, "--yes", "--json", "--db", db])
        #expect(erase.status == 0, "\(erase.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(erase.stdout.utf8)) as? [String: Any]
        #expect(((report?["removed"] as? [String: Any])?["identity"] as? [String])?.contains("student_number") == true)
        #expect(try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM learner WHERE student_number IS NOT NULL") } == 0)
    }

    @Test func aSingleNameLearnerIsShownWithoutTheDashInAReportAndOnTheCertificate() throws {
        let code = try QuizCommandsTests.prepare(sana, work, db: db)
        let iin = QuizCommandsTests.iin
        #expect(try sana.run(["learner", "edit", iin, "--db", db, "--last-name", "Айгерім", "--first-name", "-"]).status == 0)
        #expect(try DatabaseQueue(path: db).read { try String.fetchOne($0, sql: "SELECT first_name FROM learner") } == "—")
        let taken = try sana.run(["quiz", "take", "quiz", "--learner", iin, "--answers", "-", "--db", db],
                                 environment: ["SANA_ACCESS_CODE": code], input: QuizCommandsTests.rightAnswers)
        #expect(taken.status == 0, "\(taken.stderr)")
        let progress = try sana.run(["report", "progress", "--course", "quiz", "--csv", "--db", db])
        #expect(progress.stdout == """
            iin,student_number,name,institution,cohort,lessons_opened,lessons_total,attempts,best_score,passed,certificate,status\r
            \(iin),,Айгерім,ҚазҰУ,,0,1,1,100%,yes,,passed\r

            """)
        let results = try sana.run(["quiz", "results", "--course", "quiz", "--csv", "--db", db])
        #expect(results.stdout.contains("\r\n\(iin),Айгерім,ҚазҰУ,"), "\(results.stdout)")
        #expect(try sana.run(["cert", "issuer", "--db", db, "--name", "AI-Sana", "--url", "https://aisana.example.kz"]).status == 0)
        #expect(try sana.run(["cert", "keygen", "--db", db]).status == 0)
        let issued = try sana.run(["cert", "issue", "--db", db, "--course", "quiz", "--all-eligible", "--out", "out"], in: work.path)
        #expect(issued.status == 0, "\(issued.stderr)")
        let id = try #require(try DatabaseQueue(path: db).read { try String.fetchOne($0, sql: "SELECT id FROM certificate") })
        // The signed credential carries the name as shown, and so does the printout.
        let lookup = try sana.run(["cert", "lookup", id, "--json", "--db", db])
        let certificate = try JSONSerialization.jsonObject(with: Data(lookup.stdout.utf8)) as? [String: Any]
        #expect(certificate?["holder"] as? String == "Айгерім", "\(lookup.stdout)")
        let show = try sana.run(["cert", "show", id, "--db", db])
        #expect(show.stdout.contains("Айгерім") && !show.stdout.contains("—"), "\(show.stdout)")
    }
}
