import Dispatch
import Foundation

/// Maps `0..<count` on all cores (DispatchQueue.concurrentPerform), in order; the first error wins.
enum ConcurrentMap {
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    static func map<T: Sendable>(_ count: Int, workers: Int = cores, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        try map(count, workers: workers, state: { () }, { _, index in try body(index) })
    }

    /// Like `map`, with a per-thread `state` (an OpenSSL context, say) made once per worker.
    static func map<T: Sendable, State>(
        _ count: Int, workers: Int = cores, state makeState: @Sendable () throws -> State,
        _ body: @Sendable (State, Int) throws -> T
    ) throws -> [T] {
        let results = Slots<T>(count: count)
        let stripes = max(1, min(workers, count))
        DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
            let state: State
            do {
                state = try makeState()
            } catch {
                results.fail(error)
                return
            }
            var index = stripe * count / stripes
            let end = (stripe + 1) * count / stripes
            while index < end {
                do {
                    results.set(index, try body(state, index))
                } catch {
                    results.fail(error)
                    return
                }
                index += 1
            }
        }
        return try results.collect()
    }
}

/// Result slots written by distinct indexes from several threads.
private final class Slots<T>: @unchecked Sendable {
    private let values: UnsafeMutableBufferPointer<T?>
    private var error: Error?
    private let lock = NSLock()

    init(count: Int) {
        values = .allocate(capacity: count)
        values.initialize(repeating: nil)
    }

    deinit {
        values.deinitialize()
        values.deallocate()
    }

    func set(_ index: Int, _ value: T) {
        values[index] = value
    }

    func fail(_ error: Error) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }

    func collect() throws -> [T] {
        lock.lock()
        let failure = error
        lock.unlock()
        if let failure { throw failure }
        return values.map { $0! }
    }
}
