import Foundation

/// Writes RFC 4180 CSV (UTF-8 with a BOM so Excel reads Cyrillic, CRLF), guarding values a
/// spreadsheet would run as a formula: a value starting with `=`, `+`, `-`, `@`, tab or CR is
/// written as `'=...'` (OWASP's advice), and sana reads that guard back off when the file is
/// imported again. The file appears whole at `close()` (written aside, then moved in place);
/// an existing file is replaced only when asked (`replacing`); mode 0600, as rosters are
/// personal data.
public final class CSVWriter {
    private let path: String
    private let partial: String
    private let handle: FileHandle
    private let delimiter: UInt8
    private let replacing: Bool
    private var buffer: [UInt8] = [0xEF, 0xBB, 0xBF]

    public init(creating path: String, delimiter: Delimiter = .comma, replacing: Bool = false) throws(RosterError) {
        if !replacing && FileManager.default.fileExists(atPath: path) {
            throw .cannotWrite(path: path, reason: "it already exists")
        }
        self.path = path
        partial = path + ".partial"
        self.delimiter = delimiter.byte
        self.replacing = replacing
        let fd = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        fchmod(fd, 0o600)
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    public func write(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(delimiter) }
            buffer.append(contentsOf: CSVWriter.escape(field).utf8)
        }
        buffer.append(contentsOf: [13, 10])
        if buffer.count > 1 << 16 { flush() }
    }

    public func close() throws(RosterError) {
        flush()
        try? handle.synchronize()
        try? handle.close()
        if replacing {
            if rename(partial, path) != 0 {
                throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
            return
        }
        // link() refuses to replace: a file that appeared meanwhile is kept.
        defer { unlink(partial) }
        if link(partial, path) != 0 {
            throw .cannotWrite(path: path, reason: errno == EEXIST ? "it already exists" : String(cString: strerror(errno)))
        }
    }

    /// Gives up: nothing appears at the path.
    public func discard() {
        try? handle.close()
        unlink(partial)
    }

    private func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// First characters that make a spreadsheet evaluate a cell.
    static let formulaStarts = Set("=+-@\t\r".unicodeScalars)

    /// One field, quoted when needed, formula-guarded.
    public static func escape(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, formulaStarts.contains(first) {
            text = "'" + text
        }
        if text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B || $0 == 0x09 }) || text.hasPrefix("'") {
            return "\"" + String(String.UnicodeScalarView(text.unicodeScalars.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] })) + "\""
        }
        return text
    }
}
