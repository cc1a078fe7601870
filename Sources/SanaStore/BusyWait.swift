import Foundation
import GRDB

/// How a connection waits for another process's write lock: it looks again every millisecond for
/// the first 100 ms, then every 5 ms, until `seconds` have passed.
///
/// SQLite's own busy timeout sleeps 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, then 100 ms between
/// looks: a learner's answer that finds the lock taken by a certificate run's 20 ms commit sleeps
/// on long after the lock is free, and a writer that commits and begins again at once is almost
/// never seen free. A look is one `fcntl` call, so a thousand waiting sessions cost little.
package struct BusyWait: Sendable {
    /// The longest a wait lasts before SQLite reports the store busy (at least this long: sleeps overrun).
    package let seconds: Int

    static let quickLooks = 100
    static let quickMicroseconds: UInt32 = 1_000
    static let slowMicroseconds: UInt32 = 5_000

    package init(seconds: Int) {
        self.seconds = seconds
    }

    /// The sleep before the look after `tries` looks found the lock taken, or nil when the wait is
    /// over. Sleeps sum to at least `seconds` before it ends.
    package func sleep(afterTries tries: Int) -> UInt32? {
        let quick = min(tries, Self.quickLooks)
        let slept = UInt64(quick) * UInt64(Self.quickMicroseconds) + UInt64(tries - quick) * UInt64(Self.slowMicroseconds)
        guard slept < UInt64(seconds) * 1_000_000 else { return nil }
        return tries < Self.quickLooks ? Self.quickMicroseconds : Self.slowMicroseconds
    }

    /// For GRDB's `Configuration.busyMode`.
    var mode: Database.BusyMode {
        .callback { [self] tries in
            guard let microseconds = sleep(afterTries: tries) else { return false }
            usleep(microseconds)
            return true
        }
    }
}
