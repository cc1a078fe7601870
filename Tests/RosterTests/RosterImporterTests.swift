import Foundation
import GRDB
import Roster
import SanaCrypto
import SanaStore
import SanaTestSupport
import Testing

@Suite struct RosterImporterTests {
    let header = "iin,last_name,first_name,middle_name,email\n"

    @Test func firstImportCreatesAndEnrolsThenReimportChangesNothing() throws {
        let fixture = try RosterFixture()
        let path = try fixture.file("r.csv", header + """
            \(SampleIIN.a),Әбілқасымова,Әйгерім,Серікқызы,aigerim@kaznu.kz
            \(SampleIIN.b),Иванов,Сергей,,
            \(SampleIIN.c),Smith,John,,john@nu.edu.kz

            """)
        let first = try fixture.run(path)
        #expect((first.rows, first.created, first.updated, first.unchanged, first.enrolled, first.rejected) == (3, 3, 0, 0, 3, 0))
        #expect(first.batch == 1)
        #expect(try fixture.value("SELECT last_name FROM learner WHERE iin = ?", [SampleIIN.a]) == "Әбілқасымова")
        #expect(try fixture.count("SELECT count(*) FROM enrollment WHERE course_id = 'ai-foundations' AND status = 'active'") == 3)
        #expect(try fixture.value("SELECT name FROM institution") == "Әл-Фараби атындағы ҚазҰУ")

        let before = try fixture.store.read { try String.fetchAll($0, sql: "SELECT updated_at FROM learner ORDER BY id") }
        let second = try fixture.run(path)
        #expect((second.created, second.updated, second.unchanged, second.enrolled) == (0, 0, 3, 0))
        #expect(try fixture.store.read { try String.fetchAll($0, sql: "SELECT updated_at FROM learner ORDER BY id") } == before)
        #expect(try fixture.count("SELECT count(*) FROM import_change") == 0)
        #expect(second.sha256 == first.sha256)
        #expect(first.sha256 == SHA256.hex(of: Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
    }

    @Test func eachCreatedLearnerGetsItsOwnRandomVersion4SubjectId() throws {
        let fixture = try RosterFixture()
        let path = try fixture.file("r.csv", header + (0..<300).map { "\(RosterText.iin($0)),Иванов,Сергей,," }.joined(separator: "\n"))
        #expect(try fixture.run(path).created == 300)
        let ids = try fixture.store.read { try String.fetchAll($0, sql: "SELECT subject_uuid FROM learner") }
        #expect(Set(ids).count == 300)
        let pattern = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/
        #expect(ids.allSatisfy { $0.wholeMatch(of: pattern) != nil })
        #expect(ids.allSatisfy { UUID(uuidString: $0) != nil })
    }

    @Test func changedRowUpdatesAndRecordsTheOldValues() throws {
        let fixture = try RosterFixture()
        try fixture.run(try fixture.file("1.csv", header + "\(SampleIIN.a),Нұрланов,Ерлан,,old@edu.kz\n"))
        let summary = try fixture.run(try fixture.file("2.csv", header + "\(SampleIIN.a),Нұрланов,Ерлан,Болатұлы,new@edu.kz\n"))
        #expect((summary.created, summary.updated, summary.unchanged) == (0, 1, 0))
        #expect(try fixture.value("SELECT email FROM learner") == "new@edu.kz")
        #expect(try fixture.value("SELECT json_extract(before, '$.email') FROM import_change WHERE batch_id = 2") == "old@edu.kz")
    }

    @Test func absentOptionalColumnsKeepStoredValues() throws {
        let fixture = try RosterFixture()
        try fixture.run(try fixture.file("1.csv", header + "\(SampleIIN.a),Нұрланов,Ерлан,Болатұлы,e@edu.kz\n"))
        let summary = try fixture.run(try fixture.file("2.csv", "ИИН;Фамилия;Имя\n\(SampleIIN.a);Нұрланов;Ерлан\n"))
        #expect(summary.unchanged == 1)
        #expect(try fixture.value("SELECT email FROM learner") == "e@edu.kz")
    }

    @Test func dryRunWritesNothingAndGivesTheRealCounts() throws {
        let fixture = try RosterFixture()
        let path = try fixture.file("r.csv", header + "\(SampleIIN.a),A,B,,\n\(SampleIIN.b),C,D,,\nbad,E,F,,\n")
        let before = try fixture.snapshot()
        let dry = try fixture.run(path) { $0.dryRun = true }
        #expect(try fixture.snapshot() == before)
        #expect(dry.batch == nil)
        #expect(dry.dryRun)
        let real = try fixture.run(path)
        #expect((dry.created, dry.enrolled, dry.rejected, dry.rows) == (real.created, real.enrolled, real.rejected, real.rows))
        #expect((real.created, real.rejected) == (2, 1))
    }

    @Test func defectsAreRejectedWithTheirLineAndReason() throws {
        let fixture = try RosterFixture()
        let text = header + """
            \(SampleIIN.a),Әбілқасымова,Әйгерім,,
            010101500004,Bad,Check,,
            011301500003,Bad,Date,,
            \(SampleIIN.a),Again,Same,,
            \(SampleIIN.b),Ж?мабаев,Ерлан,,
            \(SampleIIN.c),Ok,Name,,not-an-email
            10101500401,Zero,Lost,,
            "\(SampleIIN.d)","Multi
            Line",Name,,
            ,No,Iin,,
            \(RosterText.iin(9)),,Nofirst,,

            """
        let summary = try fixture.run(try fixture.file("r.csv", text))
        let messages = fixture.diagnostics.map { "\($0.line): \($0.severity.rawValue): \($0.message)" }
        #expect(messages == [
            "3: error: IIN 010101500004 is not valid: its check digit does not match; check it against the person's ID card",
            "4: error: IIN 011301500003 does not start with a real birth date (YYMMDD 011301)",
            "5: error: IIN \(SampleIIN.a) repeats line 2: the first row wins",
            "6: error: last name 'Ж?мабаев' contains '?': letters were lost in a non-Unicode export; re-export the file as CSV UTF-8",
            "7: error: email 'not-an-email' is not a valid address",
            "8: warning: IIN 10101500401 has 11 digits: restored the leading zero Excel dropped (010101500401)",
            "9: error: last name contains a control or invisible formatting character",
            "11: error: IIN is missing",
            "12: error: last name is missing",
        ])
        // A quoted field spanning two lines is read whole (so line numbers after it stay right), and a
        // line break is no part of a name.
        #expect((summary.rows, summary.created, summary.rejected, summary.warnings) == (10, 2, 8, 1))
        #expect(try fixture.count("SELECT count(*) FROM learner WHERE iin = '010101500401'") == 1)
    }

    @Test func unknownCourseInARowIsAnErrorForThatRow() throws {
        let fixture = try RosterFixture()
        let path = try fixture.file("r.csv", "iin,last_name,first_name,course\n\(SampleIIN.a),A,B,ai-foundations\n\(SampleIIN.b),C,D,cooking-101\n")
        let summary = try fixture.run(path)
        #expect((summary.created, summary.rejected) == (1, 1))
        #expect(fixture.diagnostics.map(\.message) == ["course 'cooking-101' is not in the store"])
        #expect(throws: RosterError.unknownCourse("nope")) { try fixture.run(path) { $0.course = "nope" } }
    }

    @Test func formulaLikeValuesAreStoredAsTextAndGuardedInTheRejectsFile() throws {
        let fixture = try RosterFixture()
        let path = try fixture.file("r.csv", "iin,last_name,first_name,faculty\n\(SampleIIN.a),A,B,=1+2\nbad,=cmd|' /C calc'!A0,X,+7\n")
        try fixture.run(path)
        #expect(try fixture.value("SELECT faculty FROM learner") == "=1+2")
        let rejectsPath = fixture.test.folder.file("rejects.csv")
        let rejects = try RejectsFile(creating: rejectsPath, headers: ["iin", "last_name", "first_name", "faculty"])
        fixture.diagnostics.forEach(rejects.add)
        try rejects.close()
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: rejectsPath)))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "a BOM, for Excel")
        let written = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(written == "iin,last_name,first_name,faculty,line,error\r\nbad,\"'=cmd|' /C calc'!A0\",X,\"'+7\",3,IIN 'bad' must be 12 digits\r\n")
    }

    @Test func rejectsFileFixedReimportsCleanly() throws {
        let fixture = try RosterFixture()
        let path = try fixture.file("r.csv", "ИИН;Фамилия;Имя;Отдел\n\(SampleIIN.a);Ким;Анна;=HR\n010101500004;Пак;Олег;=IT\n")
        let rejectsPath = fixture.test.folder.file("rejects.csv")
        let rejects = try RejectsFile(creating: rejectsPath, headers: ["ИИН", "Фамилия", "Имя", "Отдел"])
        try fixture.run(path)
        fixture.diagnostics.forEach(rejects.add)
        try rejects.close()
        // The admin fixes the IIN in the rejects file and imports it as it is.
        var text = try String(contentsOfFile: rejectsPath, encoding: .utf8)
        text = text.replacingOccurrences(of: "010101500004", with: SampleIIN.b)
        try text.write(toFile: rejectsPath, atomically: true, encoding: .utf8)
        let again = try fixture.run(rejectsPath)
        #expect((again.created, again.rejected) == (1, 0))
        #expect(again.ignoredColumns == ["Отдел", "line", "error"])
        #expect(try fixture.value("SELECT last_name FROM learner WHERE iin = ?", [SampleIIN.b]) == "Пак")
    }

    @Test func excelCP1251SemicolonFileWithRussianHeaders() throws {
        let fixture = try RosterFixture()
        let text = "ИИН;Фамилия;Имя;Отчество;ВУЗ\r\n\(SampleIIN.a);Иванова;Мария;Сергеевна;ЕНУ им. Гумилёва\r\n"
        let bytes = try #require(text.data(using: .windowsCP1251))
        let summary = try fixture.run(try fixture.file("excel.csv", bytes: Array(bytes)))
        #expect(summary.encoding == .cp1251)
        #expect(summary.delimiter == .semicolon)
        #expect(try fixture.value("SELECT first_name || ' ' || middle_name FROM learner") == "Мария Сергеевна")
        #expect(try fixture.value("SELECT name FROM institution") == "ЕНУ им. Гумилёва")
    }

    @Test func utf8WithBOMAndTabs() throws {
        let fixture = try RosterFixture()
        let bytes = [0xEF, 0xBB, 0xBF] + Array("ЖСН\tТегі\tАты\n\(SampleIIN.a)\tӘуезов\tМұхтар\n".utf8)
        let summary = try fixture.run(try fixture.file("bom.tsv", bytes: bytes))
        #expect((summary.encoding, summary.delimiter, summary.created) == (.utf8, .tab, 1))
        #expect(try fixture.value("SELECT last_name FROM learner") == "Әуезов")
    }

    @Test func utf16LittleEndianFromExcelUnicodeText() throws {
        let fixture = try RosterFixture()
        let text = "ИИН\tФИО\n\(SampleIIN.a)\tТөлеуов Нұрсұлтан Ерланұлы\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(text.utf16).flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let summary = try fixture.run(try fixture.file("unicode.txt", bytes: bytes))
        #expect(summary.encoding == .utf16LE)
        #expect(try fixture.value("SELECT last_name || '|' || first_name || '|' || middle_name FROM learner") == "Төлеуов|Нұрсұлтан|Ерланұлы")
    }

    @Test func kz1048IsReadWhenForced() throws {
        let fixture = try RosterFixture()
        // "Ғабитқызы" and "Інжу" in KZ-1048.
        let lastName: [UInt8] = [0xAA, 0xE0, 0xE1, 0xE8, 0xF2, 0x9D, 0xFB, 0xE7, 0xFB]
        let firstName: [UInt8] = [0xB2, 0xED, 0xE6, 0xF3]
        let bytes = Array("iin,last_name,first_name\n\(SampleIIN.a),".utf8) + lastName + [UInt8(ascii: ",")] + firstName + [10]
        try fixture.run(try fixture.file("kz.csv", bytes: bytes)) { $0.encoding = .kz1048 }
        #expect(try fixture.value("SELECT last_name || ' ' || first_name FROM learner") == "Ғабитқызы Інжу")
    }

    @Test func missingRequiredColumnStopsBeforeAnyRow() throws {
        let fixture = try RosterFixture()
        let path = try fixture.file("r.csv", "Фамилия,Имя\nA,B\n")
        #expect(throws: RosterError.missingColumn(path: path, field: "iin", looked: ["iin", "ИИН", "ЖСН"])) { try fixture.run(path) }
        #expect(try fixture.count("SELECT count(*) FROM import_batch") == 0)
    }

    @Test func withdrawMissingRespectsTheThreshold() throws {
        let fixture = try RosterFixture()
        let all = [SampleIIN.a, SampleIIN.b, SampleIIN.c, SampleIIN.d, SampleIIN.e]
        try fixture.run(try fixture.file("all.csv", "iin,last_name,first_name\n" + all.map { "\($0),L,F\n" }.joined()))
        let fourOfFive = try fixture.file("four.csv", "iin,last_name,first_name\n" + all.dropLast().map { "\($0),L,F\n" }.joined())
        let before = try fixture.snapshot()
        #expect(throws: RosterError.withdrawLimit(wouldWithdraw: 1, of: 5, institution: "Әл-Фараби атындағы ҚазҰУ", course: "ai-foundations", maxPercent: 10)) {
            try fixture.run(fourOfFive) { $0.withdrawMissing = true }
        }
        #expect(try fixture.snapshot() == before)
        #expect(RosterError.withdrawLimit(wouldWithdraw: 1, of: 5, institution: "X", course: "c", maxPercent: 10).description
            == "--withdraw-missing would withdraw 1 of 5 learners (20%) of X from c, more than --max-withdraw 10%: nothing was imported")
        let summary = try fixture.run(fourOfFive) {
            $0.withdrawMissing = true
            $0.maxWithdrawPercent = 20
        }
        #expect(summary.withdrawn == 1)
        #expect(try fixture.value("SELECT e.status FROM enrollment e JOIN learner l ON l.id = e.learner_id WHERE l.iin = ?", [SampleIIN.e]) == "withdrawn")
        #expect(try fixture.count("SELECT count(*) FROM learner") == 5)  // never deleted
        // Back in the next roster: enrolled again.
        let back = try fixture.run(try fixture.file("back.csv", "iin,last_name,first_name\n\(SampleIIN.e),L,F\n"))
        #expect((back.updated, back.enrolled) == (1, 1))
    }

    @Test func revertUndoesExactlyOneBatch() throws {
        let fixture = try RosterFixture()
        try fixture.run(try fixture.file("1.csv", "iin,last_name,first_name\n\(SampleIIN.a),Old,Name\n"))
        let afterFirst = try fixture.store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM learner ORDER BY id").map(\.description)
        }
        try fixture.run(try fixture.file("2.csv", "iin,last_name,first_name\n\(SampleIIN.a),New,Name\n\(SampleIIN.b),Added,Later\n"))
        let reverted = try RosterHistory(store: fixture.store).revert(2)
        #expect(reverted.revertedAt != nil)
        #expect(try fixture.store.read { db in try Row.fetchAll(db, sql: "SELECT * FROM learner ORDER BY id").map(\.description) } == afterFirst)
        #expect(try fixture.count("SELECT count(*) FROM enrollment") == 1)
        #expect(throws: RosterError.alreadyReverted(2)) { try RosterHistory(store: fixture.store).revert(2) }
        #expect(throws: RosterError.batchNotFound(9)) { try RosterHistory(store: fixture.store).revert(9) }
        #expect(try fixture.value("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1") == "roster.revert")
    }

    @Test func revertRefusesWhenALaterImportTouchedItsLearners() throws {
        let fixture = try RosterFixture()
        try fixture.run(try fixture.file("1.csv", "iin,last_name,first_name\n\(SampleIIN.a),First,Name\n\(SampleIIN.b),Other,Name\n"))
        try fixture.run(try fixture.file("2.csv", "iin,last_name,first_name\n\(SampleIIN.a),Second,Name\n"))
        #expect(throws: RosterError.revertConflict(batch: 1, iins: [SampleIIN.a], more: 0)) {
            try RosterHistory(store: fixture.store).revert(1)
        }
        #expect(RosterError.revertConflict(batch: 1, iins: [SampleIIN.a], more: 0).description
            == "cannot revert import batch 1: later changes touched learners \(SampleIIN.a)")
        // Undo the later batch first, and the earlier one can go too.
        try RosterHistory(store: fixture.store).revert(2)
        try RosterHistory(store: fixture.store).revert(1)
        #expect(try fixture.count("SELECT count(*) FROM learner") == 0)
    }

    @Test func reimportComparesEveryFieldTheFileCanSet() throws {
        let fixture = try RosterFixture()
        try fixture.test.addCourse("data-literacy")
        let header = "iin,last_name,first_name,language,cohort,course\n"
        try fixture.run(try fixture.file("1.csv", header + """
            \(SampleIIN.a),Ким,Анна,ru,2026-spring,ai-foundations
            \(SampleIIN.b),Оспанов,Ерлан,,2026-spring,ai-foundations

            """), { $0.course = nil })
        // One IIN per file: the second course comes in its own file.
        try fixture.run(try fixture.file("1b.csv", header + "\(SampleIIN.a),Ким,Анна,ru,2026-spring,data-literacy\n"), { $0.course = nil })
        // The first learner has two enrollments and the second an empty language: both are compared
        // in SQL, and identical rows still write nothing.
        let same = try fixture.run(try fixture.file("2.csv", header + """
            \(SampleIIN.a),Ким,Анна,ru,2026-spring,data-literacy
            \(SampleIIN.b),Оспанов,Ерлан,,2026-spring,ai-foundations

            """), { $0.course = nil })
        #expect((same.unchanged, same.updated) == (2, 0))
        // A changed language or cohort is an update.
        let changed = try fixture.run(try fixture.file("3.csv", header + """
            \(SampleIIN.a),Ким,Анна,kk,2026-spring,data-literacy
            \(SampleIIN.b),Оспанов,Ерлан,,2026-autumn,ai-foundations

            """), { $0.course = nil })
        #expect((changed.unchanged, changed.updated) == (0, 2))
        #expect(try fixture.value("SELECT locale FROM learner WHERE iin = ?", [SampleIIN.a]) == "kk")
        #expect(try fixture.value("SELECT c.name FROM enrollment e JOIN cohort c ON c.id = e.cohort_id JOIN learner l ON l.id = e.learner_id WHERE l.iin = ?", [SampleIIN.b]) == "2026-autumn")
    }

    @Test func cancellationRollsBack() throws {
        let fixture = try RosterFixture()
        let rows = (0..<5000).map { _ in "\(SampleIIN.a),L,F\n" }.joined()
        let path = try fixture.file("big.csv", "iin,last_name,first_name\n" + rows)
        let before = try fixture.snapshot()
        #expect(throws: RosterError.self) {
            try RosterImporter(store: fixture.store).importRoster(path, options: {
                var options = RosterImportOptions()
                options.institution = "X"
                options.course = "ai-foundations"
                return options
            }(), isCancelled: { true })
        }
        #expect(try fixture.snapshot() == before)
    }
}
