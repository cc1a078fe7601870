import SanaCSV

/// CSV on stdout (RFC 4180, CRLF), each value formula-guarded as the roster writer does.
enum CSVOutput {
    static func row(_ fields: [String]) {
        Output.text(fields.map(CSVWriter.escape).joined(separator: ",") + "\r\n")
    }
}
