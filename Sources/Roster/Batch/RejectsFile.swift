import SanaCSV
/// The rows an import rejected, exactly as read (same columns, UTF-8) plus `line` and `error`,
/// so the admin fixes that file and imports it again. The file appears whole when closed; a
/// write that failed (a full disk) is reported by `close()`, which the importer calls before the
/// batch commits, so a batch is never applied without its rejects file.
package final class RejectsFile {
    private let writer: CSVWriter
    private var failure: Error?

    /// In the roster's own delimiter, so Excel opens it in the same locale.
    package init(creating path: String, headers: [String], delimiter: Delimiter = .comma) throws {
        writer = try CSVWriter(creating: path, delimiter: delimiter, replacing: true)
        try writer.write(headers + ["line", "error"])
    }

    /// Adds a rejected row, its error column the diagnostic's English message.
    package func add(_ diagnostic: RowDiagnostic) {
        add(diagnostic, reason: diagnostic.message)
    }

    /// Adds a rejected row; `reason` is its error column (the problems in the admin's language).
    package func add(_ diagnostic: RowDiagnostic, reason: String) {
        guard failure == nil, diagnostic.severity == .error, let fields = diagnostic.fields else { return }
        do {
            try writer.write(fields + [String(diagnostic.line), reason])
        } catch {
            failure = error
        }
    }

    /// Moves the finished file into place, or reports the first write that failed.
    package func close() throws {
        if let failure { throw failure }
        try writer.close()
    }

    /// Gives up: the file does not appear (an earlier rejects file of that name is kept).
    package func discard() {
        writer.discard()
    }
}
