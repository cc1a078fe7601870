import Foundation
import Roster
import SanaTestSupport
import Testing

/// Rows are checked on two threads and put back in file order: diagnostics, the duplicate rule
/// and the counts must be exactly those of a single pass, across batch boundaries.
@Suite struct RosterParserTests {
    /// 5,000 rows (batches of 512, the last one partial) with rejects in many batches, repeats
    /// spanning batches, and a restored leading zero.
    @Test func diagnosticsComeInFileOrderAcrossBatches() throws {
        let fixture = try RosterFixture()
        var rows = (0..<5000).map { n in [RosterText.iin(n), "Ким", "Анна", "s\(n)@edu.kz"] }
        var expected: [String] = []
        func line(_ n: Int) -> Int { n + 2 }
        rows[10][3] = "broken"  // rejected, but its IIN is claimed
        rows[100][0] = "123"
        rows[1023][1] = "Ким\u{A0}"  // kept: trimmed
        rows[1024][0] = RosterText.iin(1023)  // first row of the second batch repeats the last of the first
        rows[1500][0] = RosterText.iin(10)
        rows[2100] = [RosterText.iin(5), "Ким", "Анна", "broken"]  // a repeat with another error: both reported
        rows[3000][1] = ""
        rows[3001][1] = "Ки\u{200B}м"
        rows[4090][0] = "10101500003"  // an IIN Excel shortened: restored, with a warning
        rows[4500][0] = "010101500003"  // repeats it: rejected, no warning
        rows[4999][0] = RosterText.iin(0)  // the last row, in the last partial batch
        expected = [
            "\(line(10)): error: email 'broken' is not a valid address",
            "\(line(100)): error: IIN 123 must be 12 digits, not 3",
            "\(line(1024)): error: IIN \(RosterText.iin(1023)) repeats line \(line(1023)): the first row wins",
            "\(line(1500)): error: IIN \(RosterText.iin(10)) repeats line \(line(10)): the first row wins",
            "\(line(2100)): error: IIN \(RosterText.iin(5)) repeats line \(line(5)): the first row wins; email 'broken' is not a valid address",
            "\(line(3000)): error: last name is missing",
            "\(line(3001)): error: last name contains a control or invisible formatting character",
            "\(line(4090)): warning: IIN 10101500003 has 11 digits: restored the leading zero Excel dropped (010101500003)",
            "\(line(4500)): error: IIN 010101500003 repeats line \(line(4090)): the first row wins",
            "\(line(4999)): error: IIN \(RosterText.iin(0)) repeats line \(line(0)): the first row wins",
        ]
        let text = "iin,last_name,first_name,email\n" + rows.map { $0.joined(separator: ",") + "\n" }.joined()
        let summary = try fixture.run(try fixture.file("r.csv", text))
        #expect(fixture.diagnostics.map { "\($0.line): \($0.severity.rawValue): \($0.message)" } == expected)
        #expect((summary.rows, summary.rejected, summary.warnings, summary.created) == (5000, 9, 1, 4991))
        #expect(fixture.diagnostics.filter { $0.severity == .error }.allSatisfy { $0.fields?.count == 4 })
        #expect(try fixture.value("SELECT last_name FROM learner WHERE iin = ?", [RosterText.iin(1023)]) == "Ким")
    }

    @Test func anUnterminatedQuoteLateInTheFileFailsAfterTheRowsBeforeIt() throws {
        let fixture = try RosterFixture()
        var rows = (0..<4000).map { n in "\(RosterText.iin(n)),Ким,Анна\n" }
        rows[5] = "\(RosterText.iin(5)),,Анна\n"
        rows[3500] = "\(RosterText.iin(3500)),\"Ким,Анна\n"
        let path = try fixture.file("r.csv", "iin,last_name,first_name\n" + rows.joined())
        let before = try fixture.snapshot()
        #expect(throws: RosterError.unterminatedQuote(path: path, line: 3502)) { try fixture.run(path) }
        #expect(fixture.diagnostics.map(\.line) == [7])
        #expect(try fixture.snapshot() == before)
    }

    @Test func cancellingWithEveryQueueFullEndsTheImportAndLeavesNothing() throws {
        let fixture = try RosterFixture()
        let path = try fixture.file("big.csv", RosterText.csv(rows: 40_000))
        let before = try fixture.snapshot()
        let polls = Counter()
        var options = RosterImportOptions()
        options.institution = "X"
        options.course = "ai-foundations"
        #expect(throws: RosterError.self) {
            try RosterImporter(store: fixture.store).importRoster(path, options: options, isCancelled: { polls.increment() > 2 })
        }
        #expect(try fixture.snapshot() == before)
        // Nothing of the cancelled import lingers: the same file then imports whole.
        let summary = try RosterImporter(store: fixture.store).importRoster(path, options: options)
        #expect((summary.rows, summary.created, summary.rejected) == (40_000, 40_000, 0))
    }
}
