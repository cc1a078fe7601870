import Foundation
import GRDB
import SanaTestSupport
import Testing

/// Issue 14, cases 1 and 6 through the built `sana`: identity changes listed and limited, the plan
/// of an import by name, a revert's dry run, one batch's history; in the admin's language.
@Suite struct RosterPlanCommandsTests {
    let sana = SanaBinary.built
    let header = "iin,last_name,first_name,middle_name,email\n"

    /// A store with the course and three learners at KBTU (batch 1).
    func store() throws -> (TemporaryFolder, String) {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        #expect(try sana.run(["init", "--db", db]).status == 0)
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: "INSERT INTO course (id, created_at) VALUES ('ai-foundations', '2026-01-01 00:00:00.000')")
        }
        try work.write("a.csv", header + "\(RosterText.iin(1)),Нұрланов,Ерлан,,a@edu.kz\n\(RosterText.iin(2)),Иванов,Сергей,,\n\(RosterText.iin(3)),Smith,John,,\n")
        #expect(try sana.run(["roster", "import", "--db", db, "a.csv", "--institution", "KBTU", "--course", "ai-foundations"], in: work.path).status == 0)
        return (work, db)
    }

    func importing(_ db: String, _ work: TemporaryFolder, _ file: String, _ extra: [String] = [], lang: String? = nil) throws -> SanaBinary.Result {
        try sana.run(
            ["roster", "import", "--db", db, file, "--institution", "KBTU", "--course", "ai-foundations"] + extra, in: work.path,
            environment: lang.map { ["LANG": $0] } ?? [:])
    }

    func count(_ db: String, _ sql: String) throws -> Int {
        try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    @Test func aChangedNameAndATransferAreListedAndCountedApart() throws {
        let (work, db) = try store()
        try work.write("b.csv", "iin,last_name,first_name,university\n\(RosterText.iin(1)),Сейітов,Ерлан,KBTU\n\(RosterText.iin(2)),Иванов,Сергей,SDU University\n\(RosterText.iin(3)),Smith,John,KBTU\n")
        let result = try importing(db, work, "b.csv")
        #expect(result.status == 0)
        #expect(result.stderr == """
            b.csv:2: warning: \(RosterText.iin(1)): name was Нұрланов Ерлан, now Сейітов Ерлан
            b.csv:3: warning: \(RosterText.iin(2)): university was KBTU, now SDU University

            """)
        #expect(result.stdout.hasSuffix("""
              rows                     3
              created                  0
              updated                  2
              identity changes         2
              unchanged                1
              enrolled                 0
              withdrawn                0
              rejected                 0
              warnings                 0

            """))
        #expect(try count(db, "SELECT identity_changes FROM import_batch WHERE id = 2") == 2)
        let history = try sana.run(["roster", "history", "--db", db, "--json"])
        let batches = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]]
        #expect(batches?.first?["identity_changes"] as? Int == 2)
    }

    @Test func pastTheLimitTheBatchIsRefusedUnlessAccepted() throws {
        let (work, db) = try store()
        try work.write("b.csv", header + "\(RosterText.iin(1)),Сейітов,Ерлан,,a@edu.kz\n\(RosterText.iin(2)),Петров,Сергей,,\n\(RosterText.iin(3)),Smith,Jane,,\n")
        let refused = try importing(db, work, "b.csv", ["--max-identity-changes", "2"])
        #expect(refused.status == 1)
        #expect(refused.stderr == """
            b.csv:2: warning: \(RosterText.iin(1)): name was Нұрланов Ерлан, now Сейітов Ерлан
            b.csv:3: warning: \(RosterText.iin(2)): name was Иванов Сергей, now Петров Сергей
            b.csv:4: warning: \(RosterText.iin(3)): name was Smith John, now Smith Jane
            sana: error: 3 rows change a learner's name or university, more than --max-identity-changes 2: nothing was imported; check the rows listed above and pass --accept-identity-changes if they are right

            """)
        #expect(refused.stdout == "")
        #expect(try count(db, "SELECT count(*) FROM import_batch") == 1)
        #expect(try count(db, "SELECT count(*) FROM learner WHERE last_name IN ('Сейітов', 'Петров')") == 0)
        // A dry run says the same, after its report.
        let dry = try importing(db, work, "b.csv", ["--max-identity-changes", "2", "--dry-run"])
        #expect(dry.status == 1)
        #expect(dry.stdout.contains("  identity changes         3\n"))
        #expect(dry.stderr.hasSuffix("pass --accept-identity-changes if they are right\n"))
        // Under the default limit (5) it goes through; so does --accept-identity-changes past any limit.
        let accepted = try importing(db, work, "b.csv", ["--max-identity-changes", "0", "--accept-identity-changes", "--json"])
        #expect(accepted.status == 0)
        let summary = try JSONSerialization.jsonObject(with: Data(accepted.stdout.utf8)) as? [String: Any]
        #expect(summary?["identity_changes"] as? Int == 3)
        #expect(summary?["max_identity_changes"] == nil)
        #expect(try count(db, "SELECT count(*) FROM learner WHERE last_name IN ('Сейітов', 'Петров')") == 2)
        let usage = try importing(db, work, "b.csv", ["--max-identity-changes=-1"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--max-identity-changes must be 0 or more, not -1"))
    }

    @Test func underTheDefaultLimitTheBatchIsApplied() throws {
        let (work, db) = try store()
        try work.write("b.csv", header + "\(RosterText.iin(1)),Сейітов,Ерлан,,a@edu.kz\n")
        let result = try importing(db, work, "b.csv", ["--json"])
        #expect(result.status == 0)
        let summary = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(summary?["identity_changes"] as? Int == 1)
        #expect(summary?["max_identity_changes"] as? Int == 5)
        #expect(try count(db, "SELECT count(*) FROM learner WHERE last_name = 'Сейітов'") == 1)
    }

    @Test func inRussianTheWarningAndTheSummaryAreRussian() throws {
        let (work, db) = try store()
        try work.write("b.csv", header + "\(RosterText.iin(1)),Сейітов,Ерлан,,a@edu.kz\n")
        let result = try importing(db, work, "b.csv", ["--dry-run"], lang: "ru_RU.UTF-8")
        #expect(result.status == 0)
        #expect(result.stderr == "b.csv:2: warning: \(RosterText.iin(1)): ФИО было Нұрланов Ерлан, теперь Сейітов Ерлан\n")
        #expect(result.stdout == """
            пробный прогон b.csv (utf-8, ','): ничего не записано; настоящий импорт даст
              строк                      1
              создано                    0
              обновлено                  1
              смена ФИО или вуза         1
              без изменений              0
              зачислено                  0
              отчислено                  0
              отклонено                  0
              предупреждений             0

            """)
        let kk = try importing(db, work, "b.csv", ["--dry-run", "--lang", "kk"])
        #expect(kk.stderr == "b.csv:2: warning: \(RosterText.iin(1)): аты-жөні бұрын Нұрланов Ерлан еді, енді Сейітов Ерлан\n")
    }

    @Test func aDryRunListNamesEveryLearnerAndThePlanFileHoldsTheSame() throws {
        let (work, db) = try store()
        try work.write("b.csv", header + "\(RosterText.iin(1)),Нұрланов,Ерлан,,new@edu.kz\n\(RosterText.iin(2)),Петров,Сергей,,\n\(RosterText.iin(4)),Жұмабаева,Гүлназ,Серікқызы,\n")
        let before = try count(db, "SELECT count(*) FROM learner")
        let result = try importing(db, work, "b.csv", ["--dry-run", "--list", "--withdraw-missing", "--max-withdraw", "100", "--plan", "plan.csv"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("""
            4 rows written to plan.csv
            what a real import would do, learner by learner:
              updated          \(RosterText.iin(1))  Нұрланов Ерлан  [ai-foundations]  email: a@edu.kz → new@edu.kz  (b.csv:2)
              identity change  \(RosterText.iin(2))  Петров Сергей  [ai-foundations]  last_name: Иванов → Петров  (b.csv:3)
              created          \(RosterText.iin(4))  Жұмабаева Гүлназ Серікқызы  [ai-foundations]  (b.csv:4)
              withdrawn        \(RosterText.iin(3))  Smith John  [ai-foundations]  status: active → withdrawn

            """))
        #expect(try count(db, "SELECT count(*) FROM learner") == before)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: work.file("plan.csv"))))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == """
            action,line,iin,last_name,first_name,middle_name,course,identity_change,changes\r
            updated,2,\(RosterText.iin(1)),Нұрланов,Ерлан,,ai-foundations,no,email: a@edu.kz → new@edu.kz\r
            updated,3,\(RosterText.iin(2)),Петров,Сергей,,ai-foundations,yes,last_name: Иванов → Петров\r
            created,4,\(RosterText.iin(4)),Жұмабаева,Гүлназ,Серікқызы,ai-foundations,no,\r
            withdrawn,,\(RosterText.iin(3)),Smith,John,,ai-foundations,no,status: active → withdrawn\r

            """)
        let json = try importing(db, work, "b.csv", ["--dry-run", "--list", "--withdraw-missing", "--max-withdraw", "100", "--json"])
        let summary = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let plan = summary?["plan"] as? [[String: Any]]
        #expect(plan?.map { $0["kind"] as? String } == ["updated", "updated", "created", "withdrawn"])
        #expect(plan?[1]["identity"] as? Bool == true)
        let clash = try importing(db, work, "b.csv", ["--dry-run", "--plan", "b.csv"])
        #expect(clash.status == 64)
        #expect(clash.stderr.contains("--plan b.csv is the roster being imported: choose another file"))
        let store = try importing(db, work, "b.csv", ["--dry-run", "--plan", db])
        #expect(store.status == 64)
        #expect(store.stderr.contains("is the store"))
    }

    @Test func revertDryRunAndOneBatchsHistoryNameTheLearners() throws {
        let (work, db) = try store()
        try work.write("b.csv", header + "\(RosterText.iin(1)),Нұрланов,Ерлан,,new@edu.kz\n\(RosterText.iin(5)),Қайратов,Дәурен,,\n")
        #expect(try importing(db, work, "b.csv").status == 0)
        let history = try sana.run(["roster", "history", "--db", db, "2"], environment: ["TZ": "Asia/Almaty"])
        #expect(history.status == 0)
        let lines = history.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("batch 2: b.csv sha256:") == true)
        #expect(lines.first?.contains("(Asia/Almaty, UTC+5), by ") == true)
        #expect(Array(lines.dropFirst()) == [
            "  created  \(RosterText.iin(5))  Қайратов Дәурен  [ai-foundations]",
            "  updated  \(RosterText.iin(1))  Нұрланов Ерлан  email: a@edu.kz → new@edu.kz",
            "",
        ])
        let historyJSON = try sana.run(["roster", "history", "--db", db, "2", "--json"])
        let batch = try JSONSerialization.jsonObject(with: Data(historyJSON.stdout.utf8)) as? [String: Any]
        #expect(batch?["file_name"] as? String == "b.csv")
        #expect((batch?["changes"] as? [[String: Any]])?.count == 2)

        let snapshot = try DatabaseQueue(path: db).read { try Row.fetchAll($0, sql: "SELECT * FROM learner ORDER BY id").map(\.description) }
        let dry = try sana.run(["roster", "revert", "--db", db, "2", "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout == """
            dry run, nothing was changed: reverting batch 2 (b.csv) would give 1 learner removed, 1 learner restored, 0 withdrawals undone
              removed   \(RosterText.iin(5))  Қайратов Дәурен
              restored  \(RosterText.iin(1))  Нұрланов Ерлан  email: new@edu.kz → a@edu.kz

            """)
        #expect(try DatabaseQueue(path: db).read { try Row.fetchAll($0, sql: "SELECT * FROM learner ORDER BY id").map(\.description) } == snapshot)
        #expect(try count(db, "SELECT count(*) FROM import_batch WHERE reverted_at IS NOT NULL") == 0)
        let ru = try sana.run(["roster", "revert", "--db", db, "2", "--dry-run"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(ru.stdout.hasPrefix("пробный прогон, ничего не изменено: отмена пакета 2 (b.csv) даст: 1 слушатель удалён, 1 слушатель восстановлен, 0 отчислений отменено\n"))
        let real = try sana.run(["roster", "revert", "--db", db, "2", "--json"])
        #expect(real.status == 0)
        let outcome = try JSONSerialization.jsonObject(with: Data(real.stdout.utf8)) as? [String: Any]
        #expect(outcome?["dry_run"] as? Bool == false)
        #expect(outcome?["reverted_at"] != nil)
        #expect((outcome?["changes"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["removed", "restored"])
        let missing = try sana.run(["roster", "history", "--db", db, "9"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "sana: error: no import batch 9: see 'sana roster history'\n")
    }
}
