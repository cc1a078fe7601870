import Foundation

/// Quiz writers wait their turn on an advisory lock (`flock`) on a file beside the store before
/// taking SQLite's write lock. SQLite's busy handler polls with growing sleeps, so under a crowd
/// of writers some wait seconds while the lock sits free; the kernel instead wakes the next
/// waiter the moment the lock is released. Other writers (imports, admin commands) still wait
/// through the busy timeout. The lock dies with its process, so a killed exam never blocks others.
final class WriterQueue: Sendable {
    private let descriptor: Int32

    init(storePath: String) {
        // Without the file (a read-only folder), writers simply go straight to SQLite.
        descriptor = open(storePath + "-writers.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    func run<T>(_ body: () throws -> T) rethrows -> T {
        guard descriptor >= 0 else { return try body() }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { return try body() }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
