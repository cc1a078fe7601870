import SanaCSV
/// Where an import's rows come from: a CSV file, or a OneRoster package turned into rows of
/// the same shape. Read on the parsing thread only.
protocol RosterRecords: AnyObject {
    /// The column names, as the file has them (the rejects file repeats them).
    var headers: [String] { get }
    var encoding: TextEncoding { get }
    var delimiter: Delimiter { get }
    var bytesRead: Int64 { get }
    var totalBytes: Int64 { get }
    /// Reads the next row; false at the end.
    func next(into record: inout CSVRecord) throws -> Bool
    /// Hex SHA-256 of the input, once read to the end.
    func sha256() throws -> String
}
