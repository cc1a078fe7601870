@testable import Roster
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

    @Test func delimiterDetection() {
        #expect(Delimiter.detect(headerLine: Array("ИИН;Фамилия;Имя;\"a,b\"\n1,2,3,4,5".utf8)) == .semicolon)
        #expect(Delimiter.detect(headerLine: Array("iin,last_name,first_name\n".utf8)) == .comma)
        #expect(Delimiter.detect(headerLine: Array("iin\tlast_name\tfirst_name".utf8)) == .tab)
    }
}
