import Foundation

/// A blocking queue of bounded size between the parsing thread and the writing one,
/// so a fast reader never holds more than a few batches in memory.
package final class BoundedQueue<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var closed = false
    private let capacity: Int

    package init(capacity: Int) {
        self.capacity = capacity
    }

    /// Waits for room; returns false if the consumer has gone away.
    package func push(_ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !closed { condition.wait() }
        if closed { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// Waits for an item; nil once the queue is closed and drained.
    package func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        if items.isEmpty { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// An item if one is queued now, else nil at once (whether or not more will come).
    package func popIfQueued() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        if items.isEmpty { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    package func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
