/// The rows an import rejected, exactly as read (same columns, UTF-8) plus `line` and `error`,
/// so the admin fixes that file and imports it again.
public final class RejectsFile {
    private let writer: CSVWriter

    /// In the roster's own delimiter, so Excel opens it in the same locale.
    public init(creating path: String, headers: [String], delimiter: Delimiter = .comma) throws(RosterError) {
        writer = try CSVWriter(creating: path, delimiter: delimiter, replacing: true)
        writer.write(headers + ["line", "error"])
    }

    public func add(_ diagnostic: RowDiagnostic) {
        guard diagnostic.severity == .error, let fields = diagnostic.fields else { return }
        writer.write(fields + [String(diagnostic.line), diagnostic.message])
    }

    public func close() throws(RosterError) {
        try writer.close()
    }
}
