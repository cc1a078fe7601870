import Foundation
@testable import Roster
import SanaCSV
import SanaTestSupport
import Testing

/// The CSV reader on mutated rosters (seeds: small rosters of every shape the importer reads).
/// Properties: no crash, no hang; the same records whatever the size of the chunks the bytes
/// arrive in; line numbers that start at 1, never go back and stay within the file; and the round
/// trip: the records read, written by `CSVWriter` and read again, are the same fields (with the
/// formula guard the writer adds), through the real writer, file and roster reader now and then.
@Suite struct CSVReaderFuzzTests {
    static let target = "csv-reader"

    static let dictionary = ["\"", "\"\"", ",", ";", "\t", "\r\n", "\r", "\n", "\",\"", "\";\"", "\"\r\n\"", "sep=;", "sep=,", "sep=\t", "=", "'=", ",,,,", "\u{FEFF}"]

    static func seeds() -> [[UInt8]] {
        FuzzPaths.files(in: "Tests/Fuzz/corpus/rosters").map(\.bytes)
    }

    struct Read: Equatable {
        var records: [(line: Int, fields: [[UInt8]])] = []
        var problem: CSVReader.Problem?

        static func == (a: Read, b: Read) -> Bool {
            a.problem == b.problem && a.records.count == b.records.count
                && zip(a.records, b.records).allSatisfy { $0.line == $1.line && $0.fields == $1.fields }
        }
    }

    /// Every record of `bytes`, handed to the reader `chunk` bytes at a time.
    static func read(_ bytes: [UInt8], delimiter: UInt8, chunk: Int) -> Read {
        var rest = bytes[...]
        var reader = CSVReader(delimiter: delimiter) { buffer in
            if rest.isEmpty { return false }
            buffer.append(contentsOf: rest.prefix(chunk))
            rest = rest.dropFirst(chunk)
            return true
        }
        var out = Read()
        var record = CSVRecord()
        do {
            while try reader.next(into: &record) {
                out.records.append((record.line, (0..<record.count).map { Array(record.storage[record.range($0)]) }))
            }
        } catch let problem as CSVReader.Problem {
            out.problem = problem
        } catch {
            fatalError("the byte source never throws: \(error)")
        }
        return out
    }

    /// What the writer makes of a value, before quoting: the formula guard.
    static func guarded(_ value: String) -> String {
        if let first = value.unicodeScalars.first, CSVWriter.formulaStarts.contains(first) { return "'" + value }
        return value
    }

    static func check(_ input: [UInt8]) -> FuzzFailure? {
        var rng = FuzzRandom(seed: FuzzRandom.hash(input))
        // The delimiter the roster reader would detect from the header line.
        let delimiter = Delimiter.detect(headerLine: input)
        let whole = read(input, delimiter: delimiter.byte, chunk: Int.max)
        let chunk = rng.skewedLength(64)
        let chunked = read(input, delimiter: delimiter.byte, chunk: chunk)
        if whole != chunked {
            return FuzzFailure("records depend on chunk size", "delimiter \(delimiter), chunks of \(chunk): \(chunked.records.count) records (\(String(describing: chunked.problem))) against \(whole.records.count) (\(String(describing: whole.problem)))")
        }
        let breaks = input.indices.filter { input[$0] == 0x0A || (input[$0] == 0x0D && ($0 + 1 == input.count || input[$0 + 1] != 0x0A)) }.count
        var last = 1
        for record in whole.records {
            if record.line < last || record.line > breaks + 1 {
                return FuzzFailure("line number out of order or range", "a record on line \(record.line) after line \(last), in a file of \(breaks + 1) lines")
            }
            last = record.line
        }
        if case .unterminatedQuote(let line) = whole.problem, line < last || line > breaks + 1 {
            return FuzzFailure("line number out of order or range", "an unterminated quote on line \(line) after line \(last)")
        }

        // Round trip through the writer: text fields, blank records left out (the reader skips them),
        // and records whose fields, once escaped (quotes doubled, formula guard added), would pass the
        // reader's field or record limit: a roster never holds them, as the reader refused them.
        let records = whole.records.map { $0.fields.map { String(decoding: $0, as: UTF8.self) } }.filter { $0.contains { !$0.isEmpty } }
            .filter { fields in
                let escaped = fields.map { CSVWriter.escape($0).utf8.count }
                return escaped.allSatisfy { $0 <= CSVReader.maxFieldBytes } && escaped.reduce(fields.count, +) <= CSVReader.maxRecordBytes
            }
        var written = ""
        for fields in records {
            written += fields.map(CSVWriter.escape).joined(separator: delimiter == .tab ? "\t" : delimiter.rawValue) + "\r\n"
        }
        let back = read(Array(written.utf8), delimiter: delimiter.byte, chunk: Int.max)
        let expected = records.map { $0.map(guarded) }
        let got = back.records.map { $0.fields.map { String(decoding: $0, as: UTF8.self) } }
        if back.problem != nil || got != expected {
            return roundTripFailure(expected: expected, got: got, problem: back.problem, delimiter: delimiter)
        }
        // Now and then through the real writer, a file, and the roster reader (BOM, detection).
        // (A first field `sep=X` is Excel's delimiter line to the roster reader: not data.)
        if rng.oneIn(16), !records.isEmpty, !records[0][0].hasPrefix("sep=") {
            return fileRoundTrip(records, delimiter: delimiter)
        }
        return nil
    }

    static func roundTripFailure(expected: [[String]], got: [[String]], problem: CSVReader.Problem?, delimiter: Delimiter) -> FuzzFailure {
        let index = zip(expected, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expected.count, got.count)
        let want = index < expected.count ? expected[index] : []
        let have = index < got.count ? got[index] : []
        let detail = "record \(index + 1) written as \(want) read back as \(have) (\(expected.count) records written, \(got.count) read\(problem.map { ", \($0)" } ?? ""))"
        if delimiter == .tab, want.contains(where: { $0.contains("\t") }) {
            return FuzzFailure("round trip: tab-delimited field with a tab", detail)
        }
        return FuzzFailure("round trip: different fields", detail)
    }

    static let folder = TemporaryFolder()

    static func fileRoundTrip(_ records: [[String]], delimiter: Delimiter) -> FuzzFailure? {
        let path = folder.file("roundtrip-\(UUID().uuidString).csv")
        defer { unlink(path) }
        do {
            let writer = try CSVWriter(creating: path, delimiter: delimiter)
            for fields in records { try writer.write(fields) }
            try writer.close()
            let roster = try CSVRoster(path: path, encoding: nil, delimiter: delimiter)
            var got = [roster.headers]
            var record = CSVRecord()
            while try roster.next(into: &record) { got.append(record.lossyFields) }
            let expected = records.map { $0.map(guarded) }
            if got != expected {
                return roundTripFailure(expected: expected, got: got, problem: nil, delimiter: delimiter)
            }
        } catch {
            return FuzzFailure("round trip: the written file does not read", "\(error)")
        }
        return nil
    }

    @Test func mutatedRosters() async {
        let fuzzer = Fuzzer(target: CSVReaderFuzzTests.target, seeds: CSVReaderFuzzTests.seeds(), mutator: Mutator(dictionary: CSVReaderFuzzTests.dictionary, maxLength: 256 * 1024), iterations: 1500)
        let report = await fuzzer.run(CSVReaderFuzzTests.check)
        print(report)
        FuzzKnownIssues.expect(report, known: CSVReaderFuzzTests.knownKinds)
    }

    static let knownKinds: [String: String] = [:]

    @Test(arguments: FuzzRegression.all(CSVReaderFuzzTests.target))
    func regression(_ regression: FuzzRegression) async {
        await withKnownIssue(Comment(rawValue: regression.knownIssue ?? "")) {
            let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent], "\(regression)") { [regression = regression as FuzzRegression] in
                if let failure = regression.check(CSVReaderFuzzTests.check) {
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
