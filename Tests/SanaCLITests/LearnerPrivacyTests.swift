import Foundation
import GRDB
import SanaTestSupport
import Testing

/// `sana learner merge`, `export` and `erase` end to end: one person's two records combined, a
/// personal-data access request, and an erasure request.
@Suite struct LearnerPrivacyTests {
    let sana = SanaBinary.built
    /// The learner `CertCommandsTests.prepared()` stores (id 1, Серікова Айгерім, a passed attempt).
    static let drop = CertCommandsTests.iin
    static let keep = "040115500005"
    static let subject = "7d0c9a52-4f8e-4a63-9e55-3f3b8f0f2a11"

    /// The prepared store with learner 1 given everything a learner can have: an enrollment
    /// (completed), an answered question in their passed attempt, a lesson opened, a practice
    /// answer, an access code and an audit entry naming them; their certificate issued to out/.
    func prepared() throws -> (work: TemporaryFolder, db: String, certificate: String) {
        let (work, db) = try CertCommandsTests.prepared()
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: """
                UPDATE learner SET email = 'aigerim@example.kz' WHERE id = 1;
                INSERT INTO enrollment (learner_id, course_id, status, enrolled_at, completed_at, updated_at)
                    VALUES (1, 'ai-foundations', 'completed', '2026-09-01 08:00:00.000', '2026-11-20 10:00:00.000', '2026-11-20 10:00:00.000');
                INSERT INTO attempt_item (attempt_id, position, qid, option_order, credit) VALUES (1, 1, 'q-bias', '[]', 1);
                INSERT INTO answer (attempt_id, qid, response, answered_at, credit) VALUES (1, 'q-bias', '"менің жауабым"', '2026-11-20 09:30:00.000', 1);
                INSERT INTO lesson_progress (learner_id, course_version_id, position, first_viewed_at) VALUES (1, 1, 1, '2026-10-01 12:00:00.000');
                INSERT INTO practice_answer (learner_id, course_version_id, qid, lang, response, credit, answered_at)
                    VALUES (1, 1, 'p-one', 'kk', '"жаттығу"', 1, '2026-10-01 12:05:00.000');
                INSERT INTO access_code (learner_id, code_hash, issued_at) VALUES (1, 'scrypt$16384,8,1$c2FsdA$aGFzaA', '2026-09-02 08:00:00.000');
                INSERT INTO audit_log (at, actor, action, subject, detail)
                    VALUES ('2026-09-01 08:00:00.000', 'registrar', 'learner.add', '000101300019', 'Серікова Айгерім <aigerim@example.kz>');
                """)
        }
        let issue = try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations", "--learner", Self.drop, "--out", "out"], in: work.path)
        #expect(issue.status == 0, "\(issue.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: work.file("out"))
        return (work, db, work.file("out/" + (names.first ?? "none")))
    }

    func code(of certificate: String) -> String {
        ((certificate as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    // MARK: merge

    @Test func mergeMovesEverythingToKeepCombinesEnrollmentsAndRemovesDrop() throws {
        let (work, db, certificate) = try prepared()
        _ = work
        let add = try sana.run(["learner", "add", "--db", db, "--iin", Self.keep, "--last-name", "Серікова", "--first-name", "Айгерім", "--course", "ai-foundations"])
        #expect(add.status == 0, "\(add.stderr)")
        let code = code(of: certificate)

        let dry = try sana.run(["learner", "merge", "--db", db, Self.keep, Self.drop, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout == """
            dry run: would merge learner \(Self.drop) (Серікова Айгерім) into \(Self.keep) (Серікова Айгерім); nothing was changed:
              exam attempts: 1
              lessons opened: 1
              practice answers: 1
              certificates: 1 (\(code))
              the moved certificates' signed credentials still carry the name and IIN hash they were issued with
              enrollments moved: -
              enrollments combined (the further-along status kept): ai-foundations
              access code: \(Self.drop)'s code moved to \(Self.keep)
            learner \(Self.drop)'s record would be removed

            """)
        #expect(try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM learner") } == 2, "a dry run changes nothing")

        let merge = try sana.run(["learner", "merge", "--db", db, Self.keep, Self.drop, "--json"])
        #expect(merge.status == 0, "\(merge.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(merge.stdout.utf8)) as? [String: Any])
        #expect(json["attempts"] as? Int == 1)
        #expect(json["certificates"] as? [String] == [code])
        #expect(json["access_code"] as? String == "moved")
        #expect(json["drop_removed"] as? Bool == true)

        try DatabaseQueue(path: db).read { db in
            let keepID = try #require(try Int64.fetchOne(db, sql: "SELECT id FROM learner WHERE iin = ?", arguments: [Self.keep]))
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM learner WHERE iin = ?", arguments: [Self.drop]) == 0)
            for table in ["attempt", "lesson_progress", "practice_answer", "certificate", "access_code"] {
                #expect(try Int64.fetchAll(db, sql: "SELECT learner_id FROM \(table)") == [keepID], "\(table)")
            }
            let enrollment = try #require(try Row.fetchOne(db, sql: "SELECT learner_id, status, completed_at, enrolled_at FROM enrollment"))
            #expect(enrollment["learner_id"] as Int64 == keepID)
            #expect(enrollment["status"] as String == "completed", "the further-along status is kept")
            #expect(enrollment["completed_at"] as String == "2026-11-20 10:00:00.000")
            #expect(enrollment["enrolled_at"] as String == "2026-09-01 08:00:00.000", "the earlier enrolment")
            let audit = try #require(try Row.fetchOne(db, sql: "SELECT actor, subject, detail FROM audit_log WHERE action = 'learner.merge'"))
            #expect(audit["actor"] as String == NSUserName())
            #expect(audit["subject"] as String == Self.keep)
            #expect((audit["detail"] as String).hasPrefix("merged \(Self.drop) (subject \(Self.subject)) into \(Self.keep): 1 attempts"))
        }
        let gone = try sana.run(["learner", "show", "--db", db, Self.drop])
        #expect(gone.status == 1)
        #expect(gone.stderr == "sana: error: no learner with IIN \(Self.drop)\n")
    }

    @Test func mergeIsRefusedWhenBothPassedTheSameCourseVersionNamingBothCertificates() throws {
        let (work, db, certificate) = try prepared()
        _ = work
        #expect(try sana.run(["learner", "add", "--db", db, "--iin", Self.keep, "--last-name", "Ким", "--first-name", "Олег"]).status == 0)
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: """
                INSERT INTO attempt (learner_id, course_version_id, lang, seed, started_at, deadline, submitted_at, submitted_by, score, passed)
                SELECT id, 1, 'ru', 2, 'x', 'x', '2026-11-21 10:00:00.000', 'learner', 90, 1 FROM learner WHERE iin = ?
                """, arguments: [Self.keep])
        }
        let merge = try sana.run(["learner", "merge", "--db", db, Self.keep, Self.drop])
        #expect(merge.status == 1)
        #expect(merge.stderr == """
            sana: error: learners \(Self.keep) and \(Self.drop) both passed ai-foundations version 1 (\(Self.keep): no certificate; \
            \(Self.drop): certificate \(code(of: certificate))): they may be two people, so nothing was merged

            """)
        #expect(try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM learner") } == 2)
    }

    @Test func mergeRefusesOneLearnerTwiceAndAnInvalidIIN() throws {
        let (work, db, _) = try prepared()
        _ = work
        let same = try sana.run(["learner", "merge", "--db", db, Self.drop, Self.drop])
        #expect(same.status == 1)
        #expect(same.stderr == "sana: error: cannot merge learner \(Self.drop) into itself: give two different IINs (KEEP, then DROP)\n")
        let unknown = try sana.run(["learner", "merge", "--db", db, Self.keep, Self.drop])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "sana: error: no learner with IIN \(Self.keep)\n")
        let invalid = try sana.run(["learner", "merge", "--db", db, "12345", Self.drop])
        #expect(invalid.status == 1)
        #expect(invalid.stderr == "sana: error: IIN 12345 must be 12 digits, not 5\n")
    }

    @Test func mergeInRussian() throws {
        let (work, db, _) = try prepared()
        _ = work
        #expect(try sana.run(["learner", "add", "--db", db, "--iin", Self.keep, "--last-name", "Серікова", "--first-name", "Айгерім"]).status == 0)
        try DatabaseQueue(path: db).write { try $0.execute(sql: "DELETE FROM certificate") }
        let merge = try sana.run(["learner", "merge", "--db", db, Self.keep, Self.drop], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stdout == """
            Учащийся \(Self.drop) (Серікова Айгерім) объединён с \(Self.keep) (Серікова Айгерім):
              попытки экзамена: 1
              открытые уроки: 1
              ответы в практике: 1
              сертификаты: 0
              перенесённые записи на курсы: ai-foundations
              объединённые записи на курсы (оставлен более продвинутый статус): -
              код доступа: код \(Self.drop) перенесён к \(Self.keep)
            запись учащегося \(Self.drop) удалена

            """)
    }

    // MARK: export

    @Test func exportWritesEverythingTheStoreHoldsAboutThePersonButNeverTheCodeHash() throws {
        let (work, db, certificate) = try prepared()
        let out = try sana.run(["learner", "export", "--db", db, Self.drop, "--out", "person.json"], in: work.path, environment: ["LANG": "ru_RU.UTF-8"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "всё, что хранилище содержит об учащемся \(Self.drop), записано в person.json (режим 0600): передайте его только этому человеку\n")
        let path = work.file("person.json")
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains("scrypt"), "the access code's hash never leaves the store")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let learner = try #require(json["learner"] as? [String: Any])
        #expect(learner["iin"] as? String == Self.drop)
        #expect(learner["email"] as? String == "aigerim@example.kz")
        #expect(learner["subject_uuid"] as? String == Self.subject)
        #expect((json["enrollments"] as? [[String: Any]])?.first?["status"] as? String == "completed")
        #expect((json["access_code"] as? [String: Any])?["issued_at"] as? String == "2026-09-02 08:00:00.000")
        let attempt = try #require((json["attempts"] as? [[String: Any]])?.first)
        #expect(attempt["score"] as? Double == 86)
        #expect((attempt["items"] as? [[String: Any]])?.first?["response"] as? String == "\"менің жауабым\"")
        #expect((json["lessons_opened"] as? [[String: Any]])?.first?["lesson"] as? Int == 1)
        #expect((json["practice_answers"] as? [[String: Any]])?.first?["response"] as? String == "\"жаттығу\"")
        let issued = try #require((json["certificates"] as? [[String: Any]])?.first)
        #expect(issued["credential"] as? String == (try String(contentsOfFile: certificate, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(issued["code"] as? String == code(of: certificate))
        #expect(issued["holder_code"] is String)
        let audit = try #require(json["audit_entries"] as? [[String: Any]])
        #expect(audit.map { $0["detail"] as? String } == ["Серікова Айгерім <aigerim@example.kz>"])

        let again = try sana.run(["learner", "export", "--db", db, Self.drop, "--out", "person.json"], in: work.path)
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("sana: error: "), "an existing file is never replaced")
        let stdout = try sana.run(["learner", "export", "--db", db, Self.drop])
        #expect(stdout.status == 0)
        let printed = try #require(try JSONSerialization.jsonObject(with: Data(stdout.stdout.utf8)) as? [String: Any])
        #expect(Set(printed.keys) == Set(json.keys), "standard output gets the same JSON")
        #expect((printed["audit_entries"] as? [[String: Any]])?.count == 2, "now with the first export's audit entry")
        let actions = try DatabaseQueue(path: db).read { try String.fetchAll($0, sql: "SELECT detail FROM audit_log WHERE action = 'learner.export' ORDER BY id") }
        #expect(actions == ["personal data exported to \(path)", "personal data exported to standard output"])
    }

    @Test func exportOfAnUnknownLearnerSaysSo() throws {
        let (work, db, _) = try prepared()
        let export = try sana.run(["learner", "export", "--db", db, Self.keep, "--out", "x.json"], in: work.path)
        #expect(export.status == 1)
        #expect(export.stderr == "sana: error: no learner with IIN \(Self.keep)\n")
        #expect(!FileManager.default.fileExists(atPath: work.file("x.json")))
        let json = try sana.run(["learner", "export", "--db", db, Self.drop, "--json"])
        #expect(json.status == 64)
        #expect(json.stderr.contains("--json needs --out: without it the export itself is the JSON on standard output"))
    }

    // MARK: erase

    @Test func eraseNeedsAConfirmation() throws {
        let (work, db, _) = try prepared()
        _ = work
        let erase = try sana.run(["learner", "erase", "--db", db, Self.drop])
        #expect(erase.status == 64)
        #expect(erase.stderr.contains("erasing a learner's personal data cannot be undone: pass --yes, or run on a terminal and type the IIN when asked"))
        #expect(try DatabaseQueue(path: db).read { try String.fetchOne($0, sql: "SELECT iin FROM learner") } == Self.drop)
    }

    /// On a terminal the IIN typed again confirms (without echo); anything else erases nothing.
    @Test func eraseOnATerminalAsksForTheIINInKazakh() throws {
        let (work, db, _) = try prepared()
        let terminal = TerminalDriver.Terminal(
            argv: [sana.path, "learner", "erase", "--db", db, Self.drop],
            env: ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "TERM": "xterm", "LANG": "kk_KZ.UTF-8"])
        let wrong = try TerminalDriver(work: work).run(
            terminals: ["a": terminal], steps: [["start": "a"], ["expect": "ЖСН-ді теріңіз"], ["send": Self.keep], ["wait": "a"]], db: db)
        #expect(wrong.error == nil, "\(wrong.error ?? "")")
        #expect(wrong.status() == 1)
        #expect(wrong.flat().contains("Серікова Айгерім (\(Self.drop)) дербес деректері қайтарылмай жойылады. Растау үшін ЖСН-ді теріңіз:"), "\(wrong.screen())")
        #expect(wrong.flat().contains("sana: error: ештеңе өшірілмеді: енгізілгені \(Self.drop) білім алушысының ЖСН-і емес"), "\(wrong.screen())")
        #expect(!wrong.output().contains(Self.keep), "what is typed is not echoed")
        #expect(try DatabaseQueue(path: db).read { try String.fetchOne($0, sql: "SELECT iin FROM learner") } == Self.drop)

        let right = try TerminalDriver(work: work).run(
            terminals: ["a": terminal], steps: [["start": "a"], ["expect": "ЖСН-ді теріңіз"], ["send": Self.drop], ["wait": "a"]], db: db)
        #expect(right.error == nil, "\(right.error ?? "")")
        #expect(right.status() == 0)
        #expect(right.flat().contains("\(Self.drop) білім алушысының дербес деректері жойылды."), "\(right.screen())")
        #expect(try DatabaseQueue(path: db).read { try String.fetchOne($0, sql: "SELECT iin FROM learner") } == "000000000001")
    }

    @Test func eraseRemovesThePersonKeepsRevokedPseudonymousRecordsAndSaysWhy() throws {
        let (work, db, certificate) = try prepared()
        let code = code(of: certificate)
        #expect(try sana.run(["cert", "trust-export", "--db", db, "issuer.json"], in: work.path).status == 0)

        let erase = try sana.run(["learner", "erase", "--db", db, Self.drop, "--yes"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(erase.status == 0, "\(erase.stderr)")
        #expect(erase.stdout == """
            Персональные данные учащегося \(Self.drop) удалены.
            удалено:
              ФИО, ИИН, e-mail, университет, факультет, группа (запись стала псевдонимной)
              записи на курсы: 1
              код доступа: 1
              отметки об открытых уроках: 1
              ответы в практике: 1
              ответы на экзамене: 1
              незавершённые экзамены: 0
              прежние значения в истории импорта списков: 0
            сохранено без персональных данных, и почему:
              сертификаты: 1 (\(code)): отозваны; записи сохранены (без имени и кода владельца), чтобы проверяющие видели отзыв
              сданные экзамены: 1: только балл, даты и результат по вопросам, для статистики вопросов курса
              записи аудита: 1: вместо ИИН и ФИО в них псевдоним \(Self.subject); журнал аудита сохраняется целиком
              псевдонимная запись \(Self.subject): на неё ссылаются сертификаты и экзамены
            опубликуйте список статусов заново, чтобы проверяющие увидели отзыв: sana cert status-list

            """)

        let show = try sana.run(["learner", "show", "--db", db, Self.drop])
        #expect(show.status == 1)
        #expect(show.stderr == "sana: error: no learner with IIN \(Self.drop)\n")
        #expect(try sana.run(["learner", "list", "--db", db]).stdout == "no learners found\n", "the tombstone is no learner")

        #expect(try sana.run(["cert", "status-list", "--db", db, "status.jwt"], in: work.path).status == 0)
        let verify = try sana.run(["cert", "verify", certificate, "--trust", work.file("issuer.json"), "--status", work.file("status.jwt"), "--brief"])
        #expect(verify.status == 1)
        #expect(verify.stdout == "\(certificate): INVALID (failed: not revoked)\n")

        try DatabaseQueue(path: db).read { db in
            let learner = try #require(try Row.fetchOne(db, sql: "SELECT * FROM learner"))
            #expect(learner["iin"] as String == "000000000001")
            #expect(learner["last_name"] as String == "erased")
            #expect(learner["email"] as String? == nil)
            #expect(learner["subject_uuid"] as String == Self.subject)
            #expect(learner["erased_at"] as String? != nil)
            for table in ["enrollment", "access_code", "lesson_progress", "practice_answer", "answer"] {
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") == 0, "\(table)")
            }
            #expect(try Double.fetchOne(db, sql: "SELECT credit FROM attempt_item") == 1, "item statistics keep their credit")
            #expect(try String.fetchOne(db, sql: "SELECT reason FROM revocation") == "erased on the holder's personal-data request")
            let stored = try #require(try String.fetchOne(db, sql: "SELECT credential FROM certificate"))
            let payload = String(decoding: Base64URLText.decode(String(stored.split(separator: ".")[1])), as: UTF8.self)
            #expect(!payload.contains("Серікова") && payload.contains(Self.subject))
            let audit = try Row.fetchAll(db, sql: "SELECT action, subject, detail FROM audit_log ORDER BY id")
            for row in audit {
                let text = "\(row["subject"] as String? ?? "") \(row["detail"] as String? ?? "")"
                #expect(!text.contains(Self.drop) && !text.contains("Серікова") && !text.contains("aigerim@"), "\(text)")
            }
            let entry = try #require(audit.first { $0["action"] as String == "learner.erase" })
            #expect(entry["subject"] as String == Self.subject)
        }
        // Nothing of the person is left in the store's file, not even in its free pages or log.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db)) + ((try? Data(contentsOf: URL(fileURLWithPath: db + "-wal"))) ?? Data())
        for text in ["Серікова", "aigerim@example.kz", Self.drop, "менің жауабым"] {
            let found = bytes.range(of: Data(text.utf8)) != nil
            #expect(!found, "\(text) is still in the file")
        }
        // The same person can be added again later: the tombstone's IIN can never be theirs.
        let again = try sana.run(["learner", "add", "--db", db, "--iin", Self.drop, "--last-name", "Серікова", "--first-name", "Айгерім"])
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test func eraseAsJSONAndOfAnUnknownLearner() throws {
        let (work, db, certificate) = try prepared()
        _ = work
        let erase = try sana.run(["learner", "erase", "--db", db, Self.drop, "--yes", "--json"])
        #expect(erase.status == 0, "\(erase.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(erase.stdout.utf8)) as? [String: Any])
        let kept = try #require(json["kept"] as? [String: Any])
        #expect(kept["certificates_revoked"] as? [String] == [code(of: certificate)])
        #expect(kept["pseudonym"] as? String == Self.subject)
        #expect((json["removed"] as? [String: Any])?["exam_answers"] as? Int == 1)
        let again = try sana.run(["learner", "erase", "--db", db, Self.drop, "--yes"])
        #expect(again.status == 1)
        #expect(again.stderr == "sana: error: no learner with IIN \(Self.drop)\n")
    }
}
