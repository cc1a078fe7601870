import Foundation

/// The reading side of an import: decodes, parses and validates on its own thread, pushing
/// batches of valid rows to the writer and reporting rejected rows as it goes.
final class RosterParser: @unchecked Sendable {
    // Touched only by the parsing thread until `ParseResult.finish` hands over.
    private let records: RosterRecords
    private var validator: RowValidator

    init(records: RosterRecords, validator: RowValidator) {
        self.records = records
        self.validator = validator
    }

    /// Whether the file listed `iin`; ask only once parsing has finished (`ParseResult.wait`).
    func lists(_ iin: UInt64) -> Bool {
        validator.lists(iin)
    }

    func start(
        into queue: BoundedQueue<[RosterRow]>,
        isCancelled: @escaping @Sendable () -> Bool,
        diagnostic: @escaping @Sendable (RowDiagnostic) -> Void,
        progress: @escaping @Sendable (ImportProgress) -> Void
    ) -> ParseResult {
        let result = ParseResult(records: records)
        let thread = Thread { [self] in
            run(into: queue, result: result, isCancelled: isCancelled, diagnostic: diagnostic, progress: progress)
        }
        thread.stackSize = 1 << 22
        thread.start()
        return result
    }

    private func run(
        into queue: BoundedQueue<[RosterRow]>, result: ParseResult,
        isCancelled: () -> Bool, diagnostic: (RowDiagnostic) -> Void, progress: (ImportProgress) -> Void
    ) {
        defer { queue.close() }
        var record = CSVRecord()
        var batch: [RosterRow] = []
        batch.reserveCapacity(RosterImporter.batchSize)
        var rows = 0, rejected = 0, warnings = 0
        var rowWarnings: [RowDiagnostic] = []
        do {
            while try records.next(into: &record) {
                rows += 1
                switch validator.validate(record, warnings: &rowWarnings) {
                case .success(let row):
                    batch.append(row)
                case .failure(let problem):
                    rejected += 1
                    diagnostic(problem)
                }
                if !rowWarnings.isEmpty {
                    warnings += rowWarnings.count
                    rowWarnings.forEach(diagnostic)
                    rowWarnings.removeAll(keepingCapacity: true)
                }
                if batch.count == RosterImporter.batchSize {
                    if isCancelled() || !queue.push(batch) { break }
                    batch.removeAll(keepingCapacity: true)
                    progress(ImportProgress(bytesRead: records.bytesRead, totalBytes: records.totalBytes, rows: rows))
                }
            }
            if !batch.isEmpty { _ = queue.push(batch) }
            progress(ImportProgress(bytesRead: records.bytesRead, totalBytes: records.totalBytes, rows: rows))
        } catch {
            result.fail(error)
        }
        result.finish(rows: rows, rejected: rejected, warnings: warnings)
    }
}
