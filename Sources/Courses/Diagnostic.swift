/// A problem found in a course package, pointing at a file and a 1-based line.
package struct Diagnostic: Sendable, Equatable, Codable, CustomStringConvertible {
    package enum Severity: String, Sendable, Codable, Comparable {
        case error, warning

        package static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    package var file: String
    package var line: Int
    package var severity: Severity
    package var message: String

    package init(file: String, line: Int, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
    }

    package static func error(_ file: String, _ line: Int, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, severity: .error, message: message)
    }

    package static func warning(_ file: String, _ line: Int, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, severity: .warning, message: message)
    }

    /// `FILE:LINE: error: message`, the form compilers use, so editors can jump to it.
    package var description: String {
        "\(file):\(line): \(severity.rawValue): \(message)"
    }
}
