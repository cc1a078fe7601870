/// A batch of records after the checks that need no other row: the rows that passed them, in
/// order, ready for the writer unless the duplicate rule (applied in file order by the sequencing
/// thread) removes some.
struct CheckedBatch: Sendable {
    let records: RecordBatch
    private(set) var rows: [CheckedRow] = []
    private(set) var valid: [RosterRow] = []
    private(set) var diagnostics: [RowDiagnostic] = []

    init(records: RecordBatch) {
        self.records = records
        rows.reserveCapacity(records.count)
        valid.reserveCapacity(records.count)
    }

    mutating func reject(_ problem: RowDiagnostic, iin: UInt64? = nil) {
        rows.append(CheckedRow(iin: iin, line: problem.line, valid: -1, diagnostic: Int32(diagnostics.count)))
        diagnostics.append(problem)
    }

    mutating func keep(_ row: consuming RosterRow, iin: UInt64, warning: RowDiagnostic?) {
        rows.append(CheckedRow(iin: iin, line: row.line, valid: Int32(valid.count), diagnostic: warning == nil ? -1 : Int32(diagnostics.count)))
        valid.append(consume row)
        if let warning { diagnostics.append(warning) }
    }

    /// The valid rows without those at `indexes` (ascending): rows that repeated an earlier IIN.
    func valid(removing indexes: [Int]) -> [RosterRow] {
        guard !indexes.isEmpty else { return valid }
        var kept: [RosterRow] = []
        kept.reserveCapacity(valid.count - indexes.count)
        var next = 0
        for (index, row) in valid.enumerated() {
            if next < indexes.count && indexes[next] == index {
                next += 1
            } else {
                kept.append(row)
            }
        }
        return kept
    }
}
