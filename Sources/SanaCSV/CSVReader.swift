/// A streaming RFC 4180 reader over UTF-8 bytes: any delimiter, CRLF or LF (or CR) line ends,
/// quoted fields with doubled quotes and line breaks inside. Tolerant where Excel is: a quote in
/// the middle of an unquoted field is kept as a character. Blank records are skipped.
///
/// Hostile input is bounded: a field longer than `maxFieldBytes` (64 KiB) or a record longer than
/// `maxRecordBytes` (1 MiB) stops the reader with the record's line, so memory stays flat whatever
/// the input (`/dev/zero`, a 100 MB line, a quote never closed).
package struct CSVReader {
    package enum Problem: Error, Equatable, Sendable {
        /// A quoted field opened on `line` never closes before the end of the file.
        case unterminatedQuote(line: Int)
        /// The record starting on `line` is longer than `maxRecordBytes`.
        case recordTooLong(line: Int)
        /// A field of the record starting on `line` is longer than `maxFieldBytes` (`quoted`: inside quotes).
        case fieldTooLong(line: Int, quoted: Bool)
    }

    /// The longest field: far more than any name, address or group, far less than a runaway quote.
    package static let maxFieldBytes = 64 << 10
    /// The longest record (its fields and delimiters).
    package static let maxRecordBytes = 1 << 20

    package let delimiter: UInt8
    let maxFieldBytes: Int
    let maxRecordBytes: Int
    private var source: (inout [UInt8]) throws -> Bool
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var line = 1

    /// `source` appends the next UTF-8 bytes to its argument and returns false at the end.
    package init(delimiter: UInt8, source: @escaping (inout [UInt8]) throws -> Bool) {
        self.init(delimiter: delimiter, maxFieldBytes: CSVReader.maxFieldBytes, maxRecordBytes: CSVReader.maxRecordBytes, source: source)
    }

    init(delimiter: UInt8, maxFieldBytes: Int, maxRecordBytes: Int, source: @escaping (inout [UInt8]) throws -> Bool) {
        self.delimiter = delimiter
        self.maxFieldBytes = maxFieldBytes
        self.maxRecordBytes = maxRecordBytes
        self.source = source
        buffer.reserveCapacity(1 << 20)
    }

    /// Reads the next non-blank record into `record`; false at the end of the input.
    package mutating func next(into record: inout CSVRecord) throws -> Bool {
        while true {
            guard try readRecord(into: &record) else { return false }
            if !record.isBlank { return true }
        }
    }

    private mutating func fill() throws -> Bool {
        if atEnd { return false }
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        let before = buffer.count
        while buffer.count == before {
            if try !source(&buffer) {
                atEnd = true
                return buffer.count > before
            }
        }
        return true
    }

    private mutating func readRecord(into record: inout CSVRecord) throws -> Bool {
        if position >= buffer.count, try !fill() { return false }
        record.reset(line: line)
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let delimiter = self.delimiter
        var inQuotes = false
        var fieldStart = true
        // Where the current field's bytes start in the record, and the record's size so far.
        var fieldOffset = 0
        func checkLimits() throws {
            if record.storage.count - fieldOffset > maxFieldBytes { throw Problem.fieldTooLong(line: record.line, quoted: inQuotes) }
            if record.storage.count + record.ends.count > maxRecordBytes { throw Problem.recordTooLong(line: record.line) }
        }
        while true {
            if position >= buffer.count {
                if try !fill() {
                    if inQuotes { throw Problem.unterminatedQuote(line: record.line) }
                    record.ends.append(record.storage.count)
                    return true
                }
            }
            let byte = buffer[position]
            if inQuotes {
                if byte == quote {
                    if position + 1 >= buffer.count { _ = try fill() }
                    if position + 1 < buffer.count && buffer[position + 1] == quote {
                        record.storage.append(quote)
                        position += 2
                    } else {
                        inQuotes = false
                        position += 1
                    }
                } else {
                    if byte == newline { line += 1 }
                    record.storage.append(byte)
                    position += 1
                }
                try checkLimits()
                continue
            }
            switch byte {
            case delimiter:
                record.ends.append(record.storage.count)
                fieldStart = true
                fieldOffset = record.storage.count
                position += 1
                try checkLimits()
                continue
            case newline:
                position += 1
                line += 1
                record.ends.append(record.storage.count)
                return true
            case carriageReturn:
                position += 1
                if position >= buffer.count { _ = try fill() }
                if position < buffer.count && buffer[position] == newline { position += 1 }
                line += 1
                record.ends.append(record.storage.count)
                return true
            case quote where fieldStart:
                inQuotes = true
                fieldStart = false
                position += 1
                continue
            default:
                fieldStart = false
                // Copy the run of ordinary bytes at once.
                let start = position
                var end = position + 1
                let count = buffer.count
                while end < count {
                    let next = buffer[end]
                    if next == delimiter || next == newline || next == carriageReturn || next == quote { break }
                    end += 1
                }
                buffer.withUnsafeBufferPointer { record.storage.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end])) }
                position = end
                if end < count, buffer[end] == quote {
                    // A quote inside an unquoted field: keep it, as Excel does.
                    record.storage.append(quote)
                    position += 1
                }
                try checkLimits()
            }
        }
    }
}
