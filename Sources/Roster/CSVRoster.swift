/// A roster CSV file: its encoding and delimiter detected (or forced), its header read.
final class CSVRoster: RosterRecords {
    let path: String
    let headers: [String]
    let delimiter: Delimiter
    private let source: RosterSource
    private var reader: CSVReader

    init(path: String, encoding: TextEncoding?, delimiter: Delimiter?) throws {
        self.path = path
        let source = try RosterSource(path: path, forcedEncoding: encoding)
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
        } catch CSVReader.Problem.unterminatedQuote(let line) {
            throw RosterError.unterminatedQuote(path: path, line: line)
        }
        headers = header.lossyFields
    }

    var encoding: TextEncoding { source.encoding }
    var bytesRead: Int64 { source.bytesRead }
    var totalBytes: Int64 { source.totalBytes }

    func next(into record: inout CSVRecord) throws -> Bool {
        do {
            return try reader.next(into: &record)
        } catch CSVReader.Problem.unterminatedQuote(let line) {
            throw RosterError.unterminatedQuote(path: path, line: line)
        }
    }

    func sha256() throws -> String {
        source.sha256()
    }
}
