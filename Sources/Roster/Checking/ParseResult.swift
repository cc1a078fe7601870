import SanaConcurrency
import Synchronization

/// What the reading side hands the writer: the rows written so far (for an interruption's count),
/// the first read error, the file's digest, and the totals once the sequencing thread ends.
final class ParseResult: Sendable {
    typealias Totals = (rows: Int, rejected: Int, warnings: Int)

    private let failure = Mutex<(any Error)?>(nil)
    private let digest = Mutex<Result<String, any Error>?>(nil)
    private let written = Atomic<Int>(0)
    private let sequencing = Mutex<BackgroundTask<Totals>?>(nil)

    /// The thread that sequences the checked rows; its totals are the parse's.
    func sequenced(by task: BackgroundTask<Totals>) {
        sequencing.withLock { $0 = task }
    }

    /// The file's SHA-256, once parsing has finished.
    func sha256() throws -> String {
        guard let digest = digest.withLock({ $0 }) else { preconditionFailure("the roster's digest is asked for before its end was read") }
        return try digest.get()
    }

    /// The reading thread's last word: the digest of everything it read.
    func read(digest: Result<String, any Error>) {
        self.digest.withLock { $0 = digest }
    }

    func fail(_ error: any Error) {
        failure.withLock { if $0 == nil { $0 = error } }
    }

    func addWritten(_ count: Int) {
        written.add(count, ordering: .relaxed)
    }

    func rowsSoFar(_ extra: Int) -> Int {
        written.load(ordering: .relaxed) + extra
    }

    /// Waits for the end of parsing: its totals, or the first read error.
    func wait() throws -> Totals {
        guard let task = sequencing.withLock({ $0 }) else { preconditionFailure("waited for a parse that never started") }
        let totals = try task.value()
        if let error = failure.withLock({ $0 }) { throw error }
        return totals
    }
}
