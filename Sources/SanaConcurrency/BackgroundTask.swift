import Foundation

/// A piece of work run on a thread of its own, whose result (or error) the caller collects.
package final class BackgroundTask<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<Value, Error>?

    /// `niceness` above 0 lowers the thread's CPU priority by that much (Linux's nice, per thread): work nobody
    /// waits on to the millisecond yields the cores to work somebody does.
    package init(niceness: Int32 = 0, _ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            // On Linux the nice value is the thread's own, and `who` 0 is the calling thread.
            if niceness > 0 {
                let which = __priority_which_t(PRIO_PROCESS.rawValue)
                _ = setpriority(which, 0, min(19, getpriority(which, 0) + niceness))
            }
            let outcome = Result { try work() }
            condition.lock()
            result = outcome
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 1 << 22
        thread.start()
    }

    /// Waits for the work to end; its value, or the error it threw.
    package func value() throws -> Value {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return try result!.get()
    }
}
