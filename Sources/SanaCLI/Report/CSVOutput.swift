import SanaCSV

/// CSV on stdout, each value formula-guarded as the roster writer does: RFC 4180 (`,`, CRLF), or
/// for Excel in Russian and Kazakh locales (`;`, CRLF, UTF-8 with a BOM, which is how Excel knows
/// the file is UTF-8 and which separator its locale expects).
enum CSVOutput {
    static func row(_ fields: [String]) {
        Output.text(fields.map(CSVWriter.escape).joined(separator: ",") + "\r\n")
    }

    static func excel(header: [String], rows: [[String]]) {
        Output.text("\u{FEFF}")
        for fields in [header] + rows {
            Output.text(fields.map(CSVWriter.escape).joined(separator: String(UnicodeScalar(Delimiter.semicolon.byte))) + "\r\n")
        }
    }
}
