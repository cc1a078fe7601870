import Foundation
import GRDB
@testable import Roster
import SanaCSV
import SanaTestSupport
import Testing

/// The whole reading side of `sana roster import` on mutated rosters: encoding and delimiter
/// detection, `sep=`, headers, row rules, the parser's threads, as a dry run into a store that
/// already holds learners (and now and then a real import). Properties: no crash, no hang, a
/// `RosterError` or a summary whose counts add up (rows = rejected + created + updated +
/// unchanged; one error diagnostic per rejected row, in file order, on a line of the file); a
/// dry run changes nothing; after a real import the store passes its integrity and foreign-key
/// checks; and the rejects file of the rejected rows reads back as exactly those rows.
@Suite struct RosterParserFuzzTests {
    static let target = "roster-parser"

    static let dictionary = CSVReaderFuzzTests.dictionary + [
        "ИИН", "ФИО", "Фамилия", "iin", "last_name", "first_name", "university", "course", "cohort", "language", "email", "ЖСН",
        "010101500003", "10101500003", "980525440647", "ai-foundations", "no-such-course", "kk", "ru", "en", "@edu.kz", "?",
    ]

    /// A store with the course and a few hundred learners: imports meet rows they update.
    final class Shared: @unchecked Sendable {
        let fixture: RosterFixture
        let folder = TemporaryFolder()

        init() {
            fixture = try! RosterFixture()
            _ = try! fixture.run(try! fixture.file("base.csv", RosterText.csv(rows: 300)))
        }
    }

    static let shared = Shared()

    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var diagnostics: [RowDiagnostic] = []

        func add(_ diagnostic: RowDiagnostic) {
            lock.lock()
            diagnostics.append(diagnostic)
            lock.unlock()
        }

        var all: [RowDiagnostic] {
            lock.lock()
            defer { lock.unlock() }
            return diagnostics
        }
    }

    static func seeds() -> [[UInt8]] {
        CSVReaderFuzzTests.seeds() + [Array(RosterText.csv(rows: 40, from: 290).utf8)]
    }

    static func check(_ input: [UInt8]) -> FuzzFailure? {
        var rng = FuzzRandom(seed: FuzzRandom.hash(input))
        let fixture = shared.fixture
        let path = shared.folder.file("r-\(UUID().uuidString).csv")
        _ = FileManager.default.createFile(atPath: path, contents: Data(input))
        defer { unlink(path) }
        let real = rng.oneIn(20)
        let before: (Int, Int)
        do {
            before = try fixture.store.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM learner")!, try Int.fetchOne(db, sql: "SELECT count(*) FROM import_batch")!)
            }
        } catch {
            return FuzzFailure("store unreadable", "\(error)")
        }
        var headers: [String] = []
        var delimiter = Delimiter.comma
        var options = RosterImportOptions()
        options.institution = "Әл-Фараби атындағы ҚазҰУ"
        options.course = "ai-foundations"
        options.dryRun = !real
        if rng.oneIn(4) { options.encoding = rng.pick([TextEncoding.utf8, .cp1251, .kz1048]) }
        if rng.oneIn(4) { options.delimiter = rng.pick([Delimiter.comma, .semicolon, .tab]) }
        if rng.oneIn(8) { options.withdrawMissing = true }
        let collected = Collected()
        let summary: RosterImportSummary
        do {
            summary = try RosterImporter(store: fixture.store).importRoster(path, options: options, diagnostic: collected.add, headers: { names, used in
                headers = names
                delimiter = used
            })
        } catch is RosterError {
            return unchanged(fixture, before)
        } catch {
            return FuzzFailure("an error that is not a RosterError", "\(type(of: error)): \(error)")
        }
        let diagnostics = collected.all
        if summary.rows != summary.rejected + summary.created + summary.updated + summary.unchanged {
            return FuzzFailure("counts do not add up", "\(summary.rows) rows, \(summary.rejected) rejected, \(summary.created) created, \(summary.updated) updated, \(summary.unchanged) unchanged")
        }
        let errors = diagnostics.filter { $0.severity == .error }
        if errors.count != summary.rejected {
            return FuzzFailure("rejected rows and error diagnostics differ", "\(summary.rejected) rejected, \(errors.count) error diagnostics")
        }
        let lines = input.filter { $0 == 0x0A || $0 == 0x0D }.count + 1
        if let bad = diagnostics.first(where: { $0.line < 1 || $0.line > lines }) {
            return FuzzFailure("diagnostic line out of range", "line \(bad.line) of at most \(lines): \(bad.message)")
        }
        if zip(diagnostics, diagnostics.dropFirst()).contains(where: { $0.line > $1.line }) {
            return FuzzFailure("diagnostics out of file order", diagnostics.map { "\($0.line)" }.joined(separator: " "))
        }
        if !real, let failure = unchanged(fixture, before) { return failure }
        if real {
            do {
                let problems = try fixture.store.read { db in
                    try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" } + (try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map(\.description))
                }
                if !problems.isEmpty { return FuzzFailure("store check fails after an import", problems.prefix(5).joined(separator: "; ")) }
            } catch {
                return FuzzFailure("store check fails after an import", "\(error)")
            }
        }
        if !errors.isEmpty {
            return rejectsRoundTrip(errors, headers: headers, delimiter: delimiter)
        }
        return nil
    }

    static func unchanged(_ fixture: RosterFixture, _ before: (Int, Int)) -> FuzzFailure? {
        do {
            let after = try fixture.store.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM learner")!, try Int.fetchOne(db, sql: "SELECT count(*) FROM import_batch")!)
            }
            if after != before { return FuzzFailure("a dry run or a failed import changed the store", "learners, batches \(before) -> \(after)") }
        } catch {
            return FuzzFailure("store unreadable", "\(error)")
        }
        return nil
    }

    /// The rejects file (`--rejects`): the rejected rows exactly as read, plus line and error.
    static func rejectsRoundTrip(_ errors: [RowDiagnostic], headers: [String], delimiter: Delimiter) -> FuzzFailure? {
        let path = shared.folder.file("rejects-\(UUID().uuidString).csv")
        defer { unlink(path) }
        do {
            let rejects = try RejectsFile(creating: path, headers: headers, delimiter: delimiter)
            for error in errors { rejects.add(error) }
            try rejects.close()
            let roster = try CSVRoster(path: path, encoding: nil, delimiter: delimiter)
            var rows: [[String]] = []
            var record = CSVRecord()
            while try roster.next(into: &record) { rows.append(record.lossyFields) }
            let expected = [headers + ["line", "error"]] + errors.compactMap { error in error.fields.map { $0 + [String(error.line), error.message] } }
                .filter { $0.contains { !$0.isEmpty } }
            let got = [roster.headers] + rows
            if got != expected.map({ $0.map(CSVReaderFuzzTests.guarded) }) {
                let failure = CSVReaderFuzzTests.roundTripFailure(expected: expected.map { $0.map(CSVReaderFuzzTests.guarded) }, got: got, problem: nil, delimiter: delimiter)
                return FuzzFailure("rejects file: " + failure.kind, failure.detail)
            }
        } catch {
            return FuzzFailure("rejects file: does not write or read", "\(error)")
        }
        return nil
    }

    @Test func mutatedImports() async {
        let fuzzer = Fuzzer(target: RosterParserFuzzTests.target, seeds: RosterParserFuzzTests.seeds(), mutator: Mutator(dictionary: RosterParserFuzzTests.dictionary, maxLength: 256 * 1024), iterations: 600)
        let report = await fuzzer.run(RosterParserFuzzTests.check)
        print(report)
        FuzzKnownIssues.expect(report, known: RosterParserFuzzTests.knownKinds)
    }

    static let knownKinds: [String: String] = [:]

    @Test(arguments: FuzzRegression.all(RosterParserFuzzTests.target))
    func regression(_ regression: FuzzRegression) async {
        await withKnownIssue(Comment(rawValue: regression.knownIssue ?? "")) {
            let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent], "\(regression)") { [regression = regression as FuzzRegression] in
                if let failure = regression.check(RosterParserFuzzTests.check) {
                    FileHandle.standardError.write(Data("\(failure)\n".utf8))
                }
            }
            // It ran to the end (a crash fails the exit test above): did every property hold?
            if let result {
                let failure = String(decoding: result.standardErrorContent, as: UTF8.self)
                #expect(failure.isEmpty, "\(regression): \(failure.suffix(3000))")
            }
        } when: {
            regression.knownIssue != nil
        }
    }
}
