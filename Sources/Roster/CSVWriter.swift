import Foundation

/// Writes RFC 4180 CSV (UTF-8, CRLF), guarding values a spreadsheet would run as a formula:
/// a value starting with `=`, `+`, `-`, `@`, tab or CR is written as `'=...'` (OWASP's advice),
/// and sana reads that guard back off when the file is imported again.
public final class CSVWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    /// Creates `path` (mode 0600: rosters are personal data), refusing to replace a file.
    public init(creating path: String) throws(RosterError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let reason = errno == EEXIST ? "it already exists" : String(cString: strerror(errno))
            throw .cannotWrite(path: path, reason: reason)
        }
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    public func write(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            buffer.append(contentsOf: CSVWriter.escape(field).utf8)
        }
        buffer.append(contentsOf: [13, 10])
        if buffer.count > 1 << 16 { flush() }
    }

    public func close() {
        flush()
        try? handle.synchronize()
        try? handle.close()
    }

    private func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// One field, quoted when needed, formula-guarded.
    public static func escape(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            text = "'" + text
        }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) || text.hasPrefix("'") {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
