import Foundation
import SanaCSV
import SanaConcurrency
import Synchronization

/// The reading side of an import, on threads of its own: one reads, decodes and splits records
/// into batches; two check the batches' rows against the learner rules; one takes the checked
/// batches back in file order, applies the duplicate rule (the first row with an IIN wins),
/// reports rejected rows and pushes batches of valid rows to the writer. Every hand-over is a
/// bounded queue, so memory stays flat at any file size.
final class RosterParser: Sendable {
    static let validatingThreads = 2
    /// Records a validating thread takes at once: enough to make hand-overs rare, few enough
    /// that the batches in flight (read, being checked, waiting for their turn, queued for the
    /// writer) stay a few megabytes.
    static let recordsPerBatch = 512
    /// Read by the reading thread alone, which holds the lock from the first record to the last.
    private let records: Mutex<RosterRecords>
    private let validator: RowValidator
    /// Written by the sequencing thread alone (holding the lock while it runs), then only read.
    private let firstLines = Mutex(IINLines())

    init(records: sending RosterRecords, validator: RowValidator) {
        self.records = Mutex(records)
        self.validator = validator
    }

    /// Whether the file listed `iin` on any row whose IIN was valid (rows rejected for other
    /// reasons included); ask only once parsing has finished (`ParseResult.wait`).
    func lists(_ iin: UInt64) -> Bool {
        firstLines.withLock { $0.contains(iin) }
    }

    func start(
        into queue: BoundedQueue<[RosterRow]>,
        isCancelled: @escaping @Sendable () -> Bool,
        diagnostic: @escaping @Sendable (RowDiagnostic) -> Void,
        progress: @escaping @Sendable (ImportProgress) -> Void
    ) -> ParseResult {
        let result = ParseResult()
        let read = BoundedQueue<RecordBatch>(capacity: 2)
        let checked = Resequencer<CheckedBatch>(window: 2, producers: RosterParser.validatingThreads)
        let running = DispatchGroup()
        RosterParser.spawn(running) { [self] in self.read(into: read, result: result) }
        for _ in 0..<RosterParser.validatingThreads {
            RosterParser.spawn(running) { [validator] in
                defer { checked.producerDone() }
                var cache = ValueCache()
                while let batch = read.pop() {
                    if !checked.put(validator.check(batch, cache: &cache), at: batch.index) { return }
                }
            }
        }
        result.sequenced(by: BackgroundTask { [self] in
            let totals = sequence(checked, into: queue, isCancelled: isCancelled, diagnostic: diagnostic, progress: progress)
            // Stop the other threads (they have finished unless the writer went away or the
            // import was cancelled) and let them end before handing over.
            read.close()
            checked.close()
            running.wait()
            queue.close()
            return totals
        })
        return result
    }

    private static func spawn(_ group: DispatchGroup?, _ body: @escaping @Sendable () -> Void) {
        group?.enter()
        let thread = Thread {
            body()
            group?.leave()
        }
        thread.stackSize = 1 << 22
        thread.start()
    }

    /// Reads the records into batches; a read error (unterminated quote, unreadable file) ends the
    /// file there and fails the result.
    private func read(into batches: BoundedQueue<RecordBatch>, result: ParseResult) {
        defer { batches.close() }
        records.withLock { records in
            var record = CSVRecord()
            var batch = RecordBatch(index: 0, capacity: RosterParser.recordsPerBatch)
            do {
                while try records.next(into: &record) {
                    batch.append(record)
                    if batch.count == RosterParser.recordsPerBatch {
                        (batch.bytesRead, batch.totalBytes) = (records.bytesRead, records.totalBytes)
                        if !batches.push(batch) { return }
                        batch = RecordBatch(index: batch.index + 1, capacity: RosterParser.recordsPerBatch)
                    }
                }
                result.read(digest: Result { try records.sha256() })
            } catch {
                result.fail(error)
            }
            (batch.bytesRead, batch.totalBytes) = (records.bytesRead, records.totalBytes)
            if batch.count > 0 { _ = batches.push(batch) }
        }
    }

    /// Takes the checked batches in file order: claims IINs, reports rejected rows and warnings,
    /// pushes the valid rows to the writer (a batch's rows as the checks left them, unless some
    /// repeated an earlier IIN).
    private func sequence(
        _ checked: Resequencer<CheckedBatch>, into queue: BoundedQueue<[RosterRow]>,
        isCancelled: () -> Bool, diagnostic: (RowDiagnostic) -> Void, progress: (ImportProgress) -> Void
    ) -> (rows: Int, rejected: Int, warnings: Int) {
        var rows = 0, rejected = 0, warnings = 0
        var bytesRead: Int64 = 0, totalBytes: Int64 = 0
        var repeats: [Int] = []
        firstLines.withLock { firstLines in
        while let batch = checked.take() {
            (bytesRead, totalBytes) = (batch.records.bytesRead, batch.records.totalBytes)
            repeats.removeAll(keepingCapacity: true)
            for (index, row) in batch.rows.enumerated() {
                rows += 1
                // A repeat from the same source line is that row's next course (a OneRoster
                // student in two classes), not a duplicate.
                if let iin = row.iin, let first = firstLines.firstLine(of: iin, at: row.line), first != row.line {
                    rejected += 1
                    if row.valid >= 0 { repeats.append(Int(row.valid)) }
                    let digits = String(iin)
                    diagnostic(RowDiagnostic(
                        line: row.line, severity: .error,
                        problems: [.repeatsLine(iin: String(repeating: "0", count: 12 - digits.count) + digits, line: first)]
                            + (row.valid < 0 && row.diagnostic >= 0 ? batch.diagnostics[Int(row.diagnostic)].problems : []),
                        fields: batch.records.lossyFields(index)))
                    continue
                }
                if row.valid < 0 { rejected += 1 }
                if row.diagnostic >= 0 {
                    if row.valid >= 0 { warnings += 1 }
                    diagnostic(batch.diagnostics[Int(row.diagnostic)])
                }
            }
            let valid = batch.valid(removing: repeats)
            if valid.isEmpty { continue }
            if isCancelled() || !queue.push(valid) { break }
            progress(ImportProgress(bytesRead: bytesRead, totalBytes: totalBytes, rows: rows))
        }
        }
        progress(ImportProgress(bytesRead: bytesRead, totalBytes: totalBytes, rows: rows))
        return (rows, rejected, warnings)
    }
}
