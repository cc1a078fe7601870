/// What the per-row checks made of one record, in a few integers (no references to count), so
/// the sequencing thread runs through a batch cheaply. Indexes point into `CheckedBatch`.
struct CheckedRow: Sendable {
    /// The IIN's number when it was valid: the sequencing thread claims it for `line`.
    let iin: UInt64?
    let line: Int
    /// The row in `CheckedBatch.valid`, or -1 when it was rejected.
    let valid: Int32
    /// Its error (when rejected) or warning (when kept) in `CheckedBatch.diagnostics`, or -1.
    let diagnostic: Int32
}
