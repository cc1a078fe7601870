import Foundation

/// Puts back in order what several threads finish out of order: producers `put` element `index`,
/// the consumer `take`s 0, 1, 2, ... Producers wait while `index` is `window` or more ahead of
/// the consumer, so memory stays bounded; the one holding the next index never waits.
package final class Resequencer<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [Int: Element] = [:]
    private var next = 0
    private var producers: Int
    private var closed = false
    private let window: Int

    package init(window: Int, producers: Int) {
        self.window = window
        self.producers = producers
    }

    /// Waits for room; returns false once the consumer has gone away.
    package func put(_ element: Element, at index: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while index >= next + window && !closed { condition.wait() }
        if closed { return false }
        pending[index] = element
        condition.broadcast()
        return true
    }

    /// A producer has put all it will.
    package func producerDone() {
        condition.lock()
        producers -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the next element in order; nil once every producer is done and it never came
    /// (or after `close`).
    package func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while pending[next] == nil && producers > 0 && !closed { condition.wait() }
        guard !closed, let element = pending.removeValue(forKey: next) else { return nil }
        next += 1
        condition.broadcast()
        return element
    }

    /// Stops the exchange: waiting producers return false, the consumer gets nil.
    package func close() {
        condition.lock()
        closed = true
        pending.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
