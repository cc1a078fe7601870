import SanaCSV
/// A roster CSV file: its encoding and delimiter detected (or forced), its header read.
final class CSVRoster: RosterRecords {
    /// The file's name in messages (`export.zip (users.csv)` for a zip entry).
    let path: String
    let headers: [String]
    let delimiter: Delimiter
    private let source: RosterSource
    private var reader: CSVReader

    convenience init(path: String, encoding: TextEncoding?, delimiter: Delimiter?, isCancelled: @escaping @Sendable () -> Bool = { false }) throws {
        try self.init(input: try FileInput(path: path, isCancelled: isCancelled), name: path, encoding: encoding, delimiter: delimiter)
    }

    init(input: ByteInput, name path: String, encoding: TextEncoding?, delimiter: Delimiter?) throws {
        self.path = path
        let source = try RosterSource(input: input, path: path, forcedEncoding: encoding)
        self.source = source
        // Excel may start a file with "sep=;": the delimiter, stated; the header follows.
        let head = source.head
        let stated = head.starts(with: Array("sep=".utf8)) && head.count > 4 ? Delimiter(option: String(UnicodeScalar(head[head.startIndex + 4]))) : nil
        self.delimiter = delimiter ?? stated ?? Delimiter.detect(headerLine: head)
        reader = CSVReader(delimiter: self.delimiter.byte) { try source.read(into: &$0) }
        var header = CSVRecord()
        do {
            guard try reader.next(into: &header) else { throw RosterError.emptyFile(path: path) }
            if stated != nil, header.count <= 2, header.lossyField(0).hasPrefix("sep=") {
                guard try reader.next(into: &header) else { throw RosterError.emptyFile(path: path) }
            }
        } catch let problem as CSVReader.Problem {
            throw CSVRoster.error(problem, path: path)
        }
        headers = header.lossyFields
    }

    var encoding: TextEncoding { source.encoding }
    var bytesRead: Int64 { source.bytesRead }
    var totalBytes: Int64 { source.totalBytes }

    func next(into record: inout CSVRecord) throws -> Bool {
        do {
            return try reader.next(into: &record)
        } catch let problem as CSVReader.Problem {
            throw CSVRoster.error(problem, path: path)
        }
    }

    func sha256() throws -> String {
        source.sha256()
    }

    static func error(_ problem: CSVReader.Problem, path: String) -> RosterError {
        switch problem {
        case .unterminatedQuote(let line): return .unterminatedQuote(path: path, line: line)
        case .recordTooLong(let line): return .recordTooLong(path: path, line: line, limit: CSVReader.maxRecordBytes)
        case .fieldTooLong(let line, let quoted): return .fieldTooLong(path: path, line: line, limit: CSVReader.maxFieldBytes, quoted: quoted)
        }
    }
}
