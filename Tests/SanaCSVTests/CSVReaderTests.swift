@testable import SanaCSV
import Testing

@Suite struct CSVReaderTests {
    func records(_ text: String, delimiter: Character = ",", chunk: Int = 3) throws -> [(Int, [String])] {
        var bytes = Array(text.utf8)[...]
        // Feed tiny chunks so every boundary case (quote pairs, CRLF) straddles a refill.
        var reader = CSVReader(delimiter: delimiter.asciiValue!) { buffer in
            if bytes.isEmpty { return false }
            buffer.append(contentsOf: bytes.prefix(chunk))
            bytes = bytes.dropFirst(chunk)
            return true
        }
        var record = CSVRecord()
        var out: [(Int, [String])] = []
        while try reader.next(into: &record) {
            out.append((record.line, (0..<record.count).map { record.field($0) ?? "<invalid>" }))
        }
        return out
    }

    @Test func quotingDoubledQuotesAndLineBreaksInsideFields() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\r\n"
        let rows = try records(text)
        #expect(rows.map(\.0) == [1, 2, 4])
        #expect(rows.map(\.1) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\r\nlines"], ["last", "", ""]])
    }

    @Test func lfCrAndMissingFinalNewline() throws {
        #expect(try records("a;b\nc;d", delimiter: ";").map(\.1) == [["a", "b"], ["c", "d"]])
        #expect(try records("a;b\rc;d\r", delimiter: ";").map(\.1) == [["a", "b"], ["c", "d"]])
    }

    @Test func blankLinesAndEmptyExcelRowsAreSkippedButCounted() throws {
        let rows = try records("h1;h2\n\n;\nv1;v2\n;;\n", delimiter: ";")
        #expect(rows.map(\.0) == [1, 4])
    }

    @Test func strayQuoteInsideAnUnquotedFieldIsKept() throws {
        #expect(try records("5\" disk,ok\n").map(\.1) == [["5\" disk", "ok"]])
    }

    @Test func tabDelimited() throws {
        #expect(try records("a\tb c\td\n", delimiter: "\t").map(\.1) == [["a", "b c", "d"]])
    }

    @Test func unterminatedQuoteNamesTheLineItOpened() {
        #expect(throws: CSVReader.Problem.unterminatedQuote(line: 2)) { try records("a,b\n\"open,x\ny,z\n") }
    }

    /// Reads `bytes` whole with the real limits (64 KiB a field, 1 MiB a record).
    func readAll(_ bytes: [UInt8]) throws -> Int {
        var rest = bytes[...]
        var reader = CSVReader(delimiter: UInt8(ascii: ",")) { buffer in
            if rest.isEmpty { return false }
            buffer.append(contentsOf: rest.prefix(1 << 20))
            rest = rest.dropFirst(1 << 20)
            return true
        }
        var record = CSVRecord()
        var count = 0
        while try reader.next(into: &record) { count += 1 }
        return count
    }

    @Test func hostileInputStopsAtTheFieldAndRecordLimits() throws {
        let field = CSVReader.maxFieldBytes
        // A field of exactly 64 KiB is read; one byte more is refused, quoted or not.
        #expect(try readAll(Array("h\n".utf8) + [UInt8](repeating: 0x61, count: field) + [10]) == 2)
        #expect(throws: CSVReader.Problem.fieldTooLong(line: 2, quoted: false)) {
            try readAll(Array("h\n".utf8) + [UInt8](repeating: 0x61, count: field + 1) + [10])
        }
        // NUL bytes (/dev/zero) are a field like any other.
        #expect(throws: CSVReader.Problem.fieldTooLong(line: 1, quoted: false)) { try readAll([UInt8](repeating: 0, count: 3 << 20)) }
        // A quote never closed runs into the field limit long before the end of a big file.
        let runaway = Array("a,b\n\"open,x\n".utf8) + [UInt8](repeating: 0x0A, count: field)
        #expect(throws: CSVReader.Problem.fieldTooLong(line: 2, quoted: true)) { try readAll(runaway) }
        // Many short fields add up to a record longer than 1 MiB.
        let wide = Array(String(repeating: "ab,", count: (CSVReader.maxRecordBytes / 3) + 10).utf8) + [10]
        #expect(throws: CSVReader.Problem.recordTooLong(line: 1)) { try readAll(wide) }
        let wideEnough = Array(String(repeating: "ab,", count: (CSVReader.maxRecordBytes / 3) - 10).utf8) + [10]
        #expect(try readAll(wideEnough) == 1)
    }

    @Test func delimiterDetection() {
        #expect(Delimiter.detect(headerLine: Array("ИИН;Фамилия;Имя;\"a,b\"\n1,2,3,4,5".utf8)) == .semicolon)
        #expect(Delimiter.detect(headerLine: Array("iin,last_name,first_name\n".utf8)) == .comma)
        #expect(Delimiter.detect(headerLine: Array("iin\tlast_name\tfirst_name".utf8)) == .tab)
    }
}
