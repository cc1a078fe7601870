import Dispatch
import Foundation

/// Maps `0..<count` on all cores (DispatchQueue.concurrentPerform), in order; the first error wins.
package enum ConcurrentMap {
    package static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `batch`: indexes a worker takes at a time (1 for a few slow items, such as scrypt hashes).
    package static func map<T: Sendable>(_ count: Int, workers: Int = cores, batch: Int = 64, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        try map(count, workers: workers, batch: batch, state: { () }, { _, index in try body(index) })
    }

    /// Like `map`, with a per-thread `state` (an OpenSSL context, say) made once per worker.
    /// Workers take the indexes in small batches as they go, so a worker slowed by another thread
    /// (the store's writer, another process) does less of the work instead of finishing last.
    package static func map<T: Sendable, State>(
        _ count: Int, workers: Int = cores, batch: Int = 64, state makeState: @Sendable () throws -> State,
        _ body: @Sendable (State, Int) throws -> T
    ) throws -> [T] {
        let results = Slots<T>(count: count)
        let workers = max(1, min(workers, (count + batch - 1) / batch))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let state: State
            do {
                state = try makeState()
            } catch {
                results.fail(error)
                return
            }
            while let range = results.take(batch) {
                for index in range {
                    do {
                        results.set(index, try body(state, index))
                    } catch {
                        results.fail(error)
                        return
                    }
                }
            }
        }
        return try results.collect()
    }
}

/// Result slots written by distinct indexes from several threads.
private final class Slots<T>: @unchecked Sendable {
    private let values: UnsafeMutableBufferPointer<T?>
    private var error: Error?
    private var next = 0
    private let count: Int
    private let lock = NSLock()

    package init(count: Int) {
        self.count = count
        values = .allocate(capacity: count)
        values.initialize(repeating: nil)
    }

    deinit {
        values.deinitialize()
        values.deallocate()
    }

    /// The next `batch` indexes nobody has taken; nil when none are left or a worker failed.
    package func take(_ batch: Int) -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard error == nil, next < count else { return nil }
        let start = next
        next = min(count, start + batch)
        return start..<next
    }

    package func set(_ index: Int, _ value: T) {
        values[index] = value
    }

    package func fail(_ error: Error) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }

    package func collect() throws -> [T] {
        lock.lock()
        let failure = error
        lock.unlock()
        if let failure { throw failure }
        return values.map { $0! }
    }
}
