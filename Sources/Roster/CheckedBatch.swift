/// A batch of records and what the per-row checks made of each, in the same order.
struct CheckedBatch: Sendable {
    let records: RecordBatch
    let rows: [CheckedRow]
}
