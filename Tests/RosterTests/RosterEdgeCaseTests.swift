import Foundation
import GRDB
import Roster
import SanaCSV
import SanaStore
import SanaTestSupport
import Testing

/// Inputs found by review: each once corrupted data or failed unclearly.
@Suite struct RosterEdgeCaseTests {
    @Test func kz1048IsDetectedFromItsKazakhLetters() throws {
        let fixture = try RosterFixture()
        // "Әбілқасымова,Әйгерім" and "Нұрланов,Ұлжан" in KZ-1048, with no --encoding.
        let rows: [UInt8] = Array("iin,last_name,first_name\n\(SampleIIN.a),".utf8)
            + [0xA3, 0xE1, 0xB3, 0xEB, 0x9D, 0xE0, 0xF1, 0xFB, 0xEC, 0xEE, 0xE2, 0xE0, 0x2C, 0xA3, 0xE9, 0xE3, 0xE5, 0xF0, 0xB3, 0xEC, 0x0A]
        let summary = try fixture.run(try fixture.file("kz.csv", bytes: rows))
        #expect(summary.encoding == .kz1048)
        #expect(try fixture.value("SELECT last_name || ',' || first_name FROM learner") == "Әбілқасымова,Әйгерім")
    }

    @Test func rowsRejectedForAnotherFieldStillClaimTheirIINAndAreNotWithdrawn() throws {
        let fixture = try RosterFixture()
        let all = [SampleIIN.a, SampleIIN.b, SampleIIN.c, SampleIIN.d, SampleIIN.e]
        try fixture.run(try fixture.file("1.csv", "iin,last_name,first_name,email\n" + all.map { "\($0),L,F,x@edu.kz\n" }.joined()))
        // The same roster, one e-mail mistyped, and a later row repeating that IIN.
        let text = "iin,last_name,first_name,email\n" + all.map { "\($0),L,F,\($0 == SampleIIN.c ? "broken" : "x@edu.kz")\n" }.joined()
            + "\(SampleIIN.c),L,F,x@edu.kz\n"
        let summary = try fixture.run(try fixture.file("2.csv", text)) { $0.withdrawMissing = true }
        #expect((summary.withdrawn, summary.rejected) == (0, 2))
        #expect(fixture.diagnostics.map(\.message) == [
            "email 'broken' is not a valid address", "IIN \(SampleIIN.c) repeats line 4: the first row wins",
        ])
    }

    @Test func emptyCellsKeepStoredValuesLikeMissingColumns() throws {
        let fixture = try RosterFixture()
        let header = "iin,last_name,first_name,middle_name,email,faculty,group\n"
        try fixture.run(try fixture.file("1.csv", header + "\(SampleIIN.a),Ким,Анна,Сергеевна,anna@edu.kz,Физика,Ф-21\n"))
        let blank = try fixture.run(try fixture.file("2.csv", header + "\(SampleIIN.a),Ким,Анна,,,,\n"))
        #expect((blank.unchanged, blank.updated) == (1, 0))
        #expect(try fixture.value("SELECT middle_name || '|' || email || '|' || faculty || '|' || study_group FROM learner") == "Сергеевна|anna@edu.kz|Физика|Ф-21")
    }

    @Test func fullNameColumnBesideNameColumnsLeavesMiddleNamesAlone() throws {
        let fixture = try RosterFixture()
        try fixture.run(try fixture.file("1.csv", "iin,last_name,first_name,middle_name\n\(SampleIIN.a),Нұрланов,Ерлан,Болатұлы\n"))
        let summary = try fixture.run(try fixture.file("2.csv", "ИИН;ФИО;Фамилия;Имя\n\(SampleIIN.a);Нұрланов Ерлан Болатұлы;Нұрланов;Ерлан\n"))
        #expect(summary.unchanged == 1)
        #expect(try fixture.value("SELECT middle_name FROM learner") == "Болатұлы")
    }

    @Test func lostLettersInAUniversityOrAHeaderAreCaught() throws {
        let fixture = try RosterFixture()
        let lost = try fixture.file("1.csv", "iin,last_name,first_name,university\n\(SampleIIN.a),Ким,Анна,?л-Фараби атында?ы ?аз?У\n")
        #expect(throws: RosterError.everyRowRejected(path: lost, rows: 1)) { try fixture.run(lost) }
        #expect(fixture.diagnostics.map(\.message) == [
            "university '?л-Фараби атында?ы ?аз?У' contains '?': letters were lost in a non-Unicode export; re-export the file as CSV UTF-8",
        ])
        let path = try fixture.file("2.csv", "iin;last_name;first_name;?кесіні? аты\n\(SampleIIN.a);Ким;Анна;Х\n")
        #expect(throws: RosterError.lostLettersInHeader(path: path, header: "?кесіні? аты")) { try fixture.run(path) }
    }

    @Test func invisibleAndOverlongNamesAreRejectedPerRow() throws {
        let fixture = try RosterFixture()
        let flags = String(repeating: "🇰🇿", count: 60)  // 60 characters, 120 Unicode scalars
        let text = "iin,last_name,first_name\n\(SampleIIN.a),Ким\u{202E},Анна\n\(SampleIIN.b),\(flags),Анна\n\(SampleIIN.c),Ким,Анна\n"
        let summary = try fixture.run(try fixture.file("r.csv", text))
        #expect((summary.created, summary.rejected) == (1, 2))
        #expect(fixture.diagnostics.map(\.message) == [
            "last name contains a control or invisible formatting character", "last name is longer than 100 characters",
        ])
    }

    @Test func cohortCellsAreCheckedLikeTheOptionAndRejectOnlyTheirRow() throws {
        let fixture = try RosterFixture()
        let text = """
            iin,last_name,first_name,cohort
            \(SampleIIN.a),Ким,Анна,\(String(repeating: "ә", count: 101))
            \(SampleIIN.b),Ким,Анна,2026\u{7}
            \(SampleIIN.c),Ким,Анна,?? ????
            \(SampleIIN.d),Ким,Анна,  2026  көктем\u{A0}

            """
        let summary = try fixture.run(try fixture.file("r.csv", text))
        #expect((summary.created, summary.rejected) == (1, 3))
        #expect(fixture.diagnostics.map(\.message) == [
            "cohort is longer than 100 characters", "cohort contains a control or invisible formatting character",
            "cohort '?? ????' contains '?': letters were lost in a non-Unicode export; re-export the file as CSV UTF-8",
        ])
        #expect(try fixture.value("SELECT name FROM cohort") == "2026 көктем")
    }

    @Test func optionsAreCheckedLikeTheColumnsTheyFill() throws {
        let fixture = try RosterFixture()
        let path = try fixture.file("r.csv", "iin,last_name,first_name\n\(SampleIIN.a),Ким,Анна\n")
        #expect(throws: RosterError.badOption(name: "institution", problem: "must not be empty")) { try fixture.run(path) { $0.institution = " " } }
        #expect(throws: RosterError.badOption(name: "cohort", problem: "cohort is longer than 100 characters")) {
            try fixture.run(path) { $0.cohort = String(repeating: "x", count: 101) }
        }
    }

    @Test func formulaGuardRoundTripsForEveryGuardedCharacter() throws {
        for value in ["=1+2", "+7 701", "-", "@home", "\tИванов"] {
            let escaped = CSVWriter.escape(value)
            let unquoted = escaped.hasPrefix("\"") ? String(escaped.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"") : escaped
            #expect(unquoted.hasPrefix("'"), "\(value) must be guarded")
            let fixture = try RosterFixture()
            try fixture.run(try fixture.file("r.csv", "iin,last_name,first_name,faculty\n\(SampleIIN.a),Ким,Анна,\(escaped)\n"))
            #expect(try fixture.value("SELECT faculty FROM learner") == LearnerFieldsProbe.normalized(value))
        }
    }

    @Test func aStrayByteOrderMarkIsNamedAsSuch() throws {
        let fixture = try RosterFixture()
        // Two UTF-8 exports joined: the second one's BOM and header line land among the rows.
        let first = "\u{FEFF}iin,last_name,first_name,university\n\(SampleIIN.a),Ким,Анна,KazNU\n"
        let second = "\u{FEFF}iin,last_name,first_name,university\n\(SampleIIN.b),Пак,\u{FEFF}Олег,KazNU\n"
        try fixture.run(try fixture.file("joined.csv", first + second))
        #expect(fixture.diagnostics.map { "\($0.line): \($0.message)" } == [
            "3: iin 'iin' starts with a stray byte-order mark (U+FEFF), as left where files are joined: remove it",
            "4: first_name 'Олег' starts with a stray byte-order mark (U+FEFF), as left where files are joined: remove it",
        ])
        // A CP1251 export with a UTF-8 one joined to it: its BOM reads as 'п»ї'.
        let cp1251 = Array("iin,last_name,first_name\n\(SampleIIN.c),Ким,Анна\n".data(using: .windowsCP1251)!)
            + [0xEF, 0xBB, 0xBF] + Array("\(SampleIIN.d),Pak,Oleg\n".utf8)
        let summary = try fixture.run(try fixture.file("mixed.csv", bytes: cp1251))
        #expect(summary.encoding == .cp1251)
        #expect(fixture.diagnostics.map { "\($0.line): \($0.message)" } == [
            "3: iin '\(SampleIIN.d)' starts with a stray byte-order mark (U+FEFF), as left where files are joined: remove it",
        ])
        // A file saved twice with a BOM: the second one sits in the first column's name.
        let twice = try fixture.file("twice.csv", "\u{FEFF}\u{FEFF}iin,last_name,first_name\n\(SampleIIN.e),Ким,Анна\n")
        #expect(throws: RosterError.byteOrderMarkInHeader(path: twice, header: "iin")) { try fixture.run(twice) }
        #expect(RosterError.byteOrderMarkInHeader(path: "r.csv", header: "iin").description
            == "r.csv has a column named 'iin' with a stray byte-order mark (U+FEFF) in it, as left when a file is saved twice or files are joined: remove it")
    }

    @Test func excelSepLineStatesTheDelimiter() throws {
        let fixture = try RosterFixture()
        let summary = try fixture.run(try fixture.file("r.csv", "sep=;\r\nИИН;Фамилия;Имя\r\n\(SampleIIN.a);Ким;Анна\r\n"))
        #expect((summary.delimiter, summary.created) == (.semicolon, 1))
    }

    @Test func cancellationMidwayRollsBackWithItsOwnError() throws {
        let fixture = try RosterFixture()
        let path = try fixture.file("big.csv", RosterText.csv(rows: 20000))
        let before = try fixture.snapshot()
        let polls = Counter()
        var options = RosterImportOptions()
        options.institution = "X"
        options.course = "ai-foundations"
        do {
            _ = try RosterImporter(store: fixture.store).importRoster(path, options: options, isCancelled: { polls.increment() > 6 })
            Issue.record("the import should have been interrupted")
        } catch let error as RosterError {
            guard case .interrupted(let rows) = error else {
                Issue.record("expected .interrupted, got \(error)")
                return
            }
            #expect(rows > 0 && rows < 20000)
        }
        #expect(try fixture.snapshot() == before)
    }
}

/// The normalization a stored value gets (trimmed, folded), for expectations.
enum LearnerFieldsProbe {
    static func normalized(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespaces)
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

/// A failed import's write-ahead log does not keep holding the disk (issue 10: on a full disk
/// the journal of a failed import kept filling it).
@Suite struct FailedImportLogTests {
    @Test func aRefusedBatchLeavesNoWriteAheadLogBehind() throws {
        let fixture = try RosterFixture()
        try fixture.run(try fixture.file("1.csv", RosterText.csv(rows: 1000)))
        let refused = try fixture.file("2.csv", RosterText.csv(rows: 20000, from: 5000))
        #expect(throws: RosterError.self) { try fixture.run(refused) { $0.withdrawMissing = true } }
        #expect(try fixture.count("SELECT count(*) FROM learner") == 1000, "the refused batch was applied")
        var info = stat()
        #expect(stat(fixture.store.path + "-wal", &info) != 0 || info.st_size == 0,
                "the refused batch's rows stayed in a \(info.st_size)-byte write-ahead log")
    }
}
