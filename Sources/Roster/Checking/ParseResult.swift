import Foundation

/// The parsing thread's totals, handed to the writer when parsing ends.
final class ParseResult: @unchecked Sendable {
    private let records: RosterRecords
    private let condition = NSCondition()
    private var done = false
    private var totals = (rows: 0, rejected: 0, warnings: 0)
    private var error: Error?
    private var written = 0

    init(records: RosterRecords) {
        self.records = records
    }

    /// The file's SHA-256, once parsing has finished.
    func sha256() throws -> String {
        try records.sha256()
    }

    func fail(_ error: Error) {
        condition.lock()
        self.error = error
        condition.unlock()
    }

    func finish(rows: Int, rejected: Int, warnings: Int) {
        condition.lock()
        totals = (rows, rejected, warnings)
        done = true
        condition.broadcast()
        condition.unlock()
    }

    func addWritten(_ count: Int) {
        condition.lock()
        written += count
        condition.unlock()
    }

    func rowsSoFar(_ extra: Int) -> Int {
        condition.lock()
        defer { condition.unlock() }
        return written + extra
    }

    func wait() throws -> (Int, Int, Int) {
        condition.lock()
        defer { condition.unlock() }
        while !done { condition.wait() }
        if let error { throw error }
        return totals
    }
}
