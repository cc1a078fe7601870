/// The rows an import rejected, exactly as read (same columns, UTF-8) plus `line` and `error`,
/// so the admin fixes that file and imports it again.
public final class RejectsFile {
    private let writer: CSVWriter

    public init(creating path: String, headers: [String]) throws(RosterError) {
        writer = try CSVWriter(creating: path)
        writer.write(headers + ["line", "error"])
    }

    public func add(_ diagnostic: RowDiagnostic) {
        guard diagnostic.severity == .error, let fields = diagnostic.fields else { return }
        writer.write(fields + [String(diagnostic.line), diagnostic.message])
    }

    public func close() {
        writer.close()
    }
}
