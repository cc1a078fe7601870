/// A problem with one row of a roster: an error rejects the row, a warning keeps it. A row's
/// every problem is in `problems`; `message` is them in English, joined by "; ".
package struct RowDiagnostic: Error, Sendable, Equatable {
    package enum Severity: String, Sendable, Codable {
        case error, warning
    }

    /// Physical line number in the file (1 is the header).
    package let line: Int
    package let severity: Severity
    /// Every problem of the row, in column order (never empty).
    package let problems: [RowProblem]
    /// The row's fields exactly as read, for the rejects file (errors only).
    package let fields: [String]?
    /// The file the line counts in when it is not the roster's rows (a OneRoster package's classes.csv).
    package let source: String?

    package init(line: Int, severity: Severity, problems: [RowProblem], fields: [String]? = nil, source: String? = nil) {
        precondition(!problems.isEmpty)
        self.line = line
        self.severity = severity
        self.problems = problems
        self.fields = fields
        self.source = source
    }

    package init(line: Int, severity: Severity, message: String, fields: [String]? = nil) {
        self.init(line: line, severity: severity, problems: [.text(message)], fields: fields)
    }

    /// The problems in English, joined by "; ".
    package var message: String {
        problems.map(\.description).joined(separator: "; ")
    }
}
