import Enrollment
import Foundation
import Roster
import SanaTestSupport
import Testing

/// The row checks report every problem of a row, repair what Excel does to IINs with a warning,
/// take single-name learners, and suggest the store's university names.
@Suite struct RowChecksTests {
    @Test func everyProblemOfARowIsReported() throws {
        let fixture = try RosterFixture()
        let path = try fixture.file("r.csv", "iin,last_name,first_name,email,language,course\n010101500004,,Дана,not-an-address,fr,ml-201\n\(RosterText.iin(1)),Ким,Анна,,,\n")
        let summary = try fixture.run(path)
        #expect(summary.rejected == 1)
        #expect(fixture.diagnostics.count == 1)
        #expect(fixture.diagnostics.first?.problems == [
            .field(.iin(.badCheckDigit("010101500004"))), .field(.missing(field: "last name")), .field(.badEmail("not-an-address")),
            .field(.badLocale("fr")), .unknownCourse("ml-201"),
        ])
        #expect(fixture.diagnostics.first?.message == "IIN 010101500004 is not valid: its check digit does not match; check it against the person's ID card; last name is missing; email 'not-an-address' is not a valid address; language 'fr' is not one of kk, ru, en; course 'ml-201' is not in the store")
    }

    @Test func theRejectsFileHasOneLineARowWithEveryReason() throws {
        let fixture = try RosterFixture()
        let path = try fixture.file("r.csv", "iin,last_name,first_name,email\n4.20101E+11,Ким,,x@\n\(RosterText.iin(1)),Ли,Ия,\n")
        let rejects = fixture.test.folder.file("rejects.csv")
        let file = try RejectsFile(creating: rejects, headers: ["iin", "last_name", "first_name", "email"])
        try fixture.run(path)
        fixture.diagnostics.forEach(file.add)
        try file.close()
        #expect(try String(contentsOfFile: rejects, encoding: .utf8) == """
            iin,last_name,first_name,email,line,error\r
            4.20101E+11,Ким,,x@,2,"IIN '4.20101E+11' is in Excel's scientific notation: its last digits are lost; format the IIN column as Text in Excel and export the file again; first name is missing; email 'x@' is not a valid address"\r

            """)
    }

    @Test func repairedIINsAreKeptWithAWarningEach() throws {
        let fixture = try RosterFixture()
        let path = try fixture.file("r.csv", "iin,last_name,first_name\n115500008,Ахметова,Дана\n010101\u{A0}500003,Ким,Олжас\n")
        let summary = try fixture.run(path)
        #expect((summary.created, summary.warnings, summary.rejected) == (2, 2, 0))
        #expect(fixture.diagnostics.map { "\($0.line): \($0.severity.rawValue): \($0.message)" } == [
            "2: warning: IIN 115500008 has 9 digits: restored the 3 leading zeros Excel dropped (000115500008)",
            "3: warning: IIN '010101\u{A0}500003' contains a no-break space (U+00A0): removed (010101500003)",
        ])
        #expect(try fixture.count("SELECT count(*) FROM learner WHERE iin IN ('000115500008', '010101500003')") == 2)
    }

    @Test func aSingleNameLearnerIsImported() throws {
        let fixture = try RosterFixture()
        let path = try fixture.file("r.csv", "ИИН;ФИО\n\(RosterText.iin(1));Мадонна\n\(RosterText.iin(2));;\n")
        let summary = try fixture.run(path)
        #expect((summary.created, summary.rejected) == (1, 1))
        #expect(fixture.diagnostics.map(\.message) == ["full name is missing"])
        #expect(try fixture.value("SELECT last_name || '|' || first_name FROM learner WHERE iin = ?", [RosterText.iin(1)]) == "Мадонна|—")
        // With separate columns a dash marks the one name; an empty first name is still an error.
        let columns = try fixture.file("c.csv", "iin,last_name,first_name\n\(RosterText.iin(3)),Мадонна,-\n\(RosterText.iin(4)),Ким,\n")
        let again = try fixture.run(columns)
        #expect((again.created, again.rejected) == (1, 1))
        #expect(fixture.diagnostics.map(\.message) == ["first name is missing"])
        #expect(try fixture.value("SELECT first_name FROM learner WHERE iin = ?", [RosterText.iin(3)]) == "—")
    }

    @Test func aNewUniversityCloseToAKnownOneGetsADidYouMean() throws {
        let fixture = try RosterFixture()
        let first = try fixture.file("a.csv", "iin,last_name,first_name,university\n\(RosterText.iin(1)),Ким,Анна,Satbayev University\n")
        try fixture.run(first)
        #expect(fixture.diagnostics.isEmpty)
        let second = try fixture.file("b.csv", "iin,last_name,first_name,university\n\(RosterText.iin(2)),Ли,Олег,Satbaev Universty\n\(RosterText.iin(3)),Ан,Ия,SATBAYEV  UNIVERSITY\n")
        let summary = try fixture.run(second)
        #expect((summary.created, summary.warnings) == (2, 1))
        #expect(fixture.diagnostics.map { "\($0.line): \($0.severity.rawValue): \($0.message)" } == [
            "2: warning: university 'Satbaev Universty' is not in the store and will be added: did you mean 'Satbayev University'?",
        ])
    }
}
