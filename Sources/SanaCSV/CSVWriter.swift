import Foundation
import SanaStore

/// Writes RFC 4180 CSV (UTF-8 with a BOM so Excel reads Cyrillic, CRLF), guarding values a
/// spreadsheet would run as a formula: a value starting with `=`, `+`, `-`, `@`, tab or CR is
/// written as `'=...'` (OWASP's advice), and sana reads that guard back off when the file is
/// imported again. The file appears whole at `close()` (an `AtomicFile`: written aside, flushed,
/// then moved in place); an existing file is replaced only when asked (`replacing`), and never
/// one that is not a regular file; mode 0600, as rosters are personal data.
package final class CSVWriter {
    private let file: AtomicFile
    private let delimiter: UInt8

    package init(creating path: String, delimiter: Delimiter = .comma, replacing: Bool = false) throws {
        file = try AtomicFile(path: path, mode: 0o600, existing: replacing ? .replace : .refuse)
        self.delimiter = delimiter.byte
        try file.write([0xEF, 0xBB, 0xBF])
    }

    package func write(_ fields: [String]) throws {
        var line: [UInt8] = []
        for (index, field) in fields.enumerated() {
            if index > 0 { line.append(delimiter) }
            line.append(contentsOf: CSVWriter.escape(field).utf8)
        }
        line.append(contentsOf: [13, 10])
        try file.write(line)
    }

    /// Flushes everything to disk without moving it into place yet: after this, `close()` cannot
    /// fail for lack of space.
    package func sync() throws {
        try file.sync()
    }

    /// Moves the finished file into place.
    package func close() throws {
        try file.commit()
    }

    /// Gives up: nothing appears at the path.
    package func discard() {
        file.discard()
    }

    /// First characters that make a spreadsheet evaluate a cell.
    package static let formulaStarts = Set("=+-@\t\r".unicodeScalars)

    /// One field, quoted when needed, formula-guarded.
    package static func escape(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, formulaStarts.contains(first) {
            text = "'" + text
        }
        // Byte by byte and scalar by scalar: "\r\n" is one Character equal to neither "\r" nor "\n", and
        // a quote followed by a combining mark is one Character that is not a quote.
        if text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B || $0 == 0x09 }) || text.hasPrefix("'") {
            return "\"" + String(String.UnicodeScalarView(text.unicodeScalars.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] })) + "\""
        }
        return text
    }
}
