/// A problem with one row of a roster: an error rejects the row, a warning keeps it.
public struct RowDiagnostic: Error, Sendable, Equatable {
    public enum Severity: String, Sendable, Codable {
        case error, warning
    }

    /// Physical line number in the file (1 is the header).
    public let line: Int
    public let severity: Severity
    public let message: String
    /// The row's fields exactly as read, for the rejects file (errors only).
    public let fields: [String]?

    public init(line: Int, severity: Severity, message: String, fields: [String]? = nil) {
        self.line = line
        self.severity = severity
        self.message = message
        self.fields = fields
    }
}
