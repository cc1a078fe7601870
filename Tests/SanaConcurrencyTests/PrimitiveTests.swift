import Foundation
import SanaConcurrency
import Testing

/// The primitives the import's and the issuing run's threads meet at, each on its own: closing wakes
/// both sides, order is restored whatever order producers finish in, errors reach the caller.
@Suite struct PrimitiveTests {
    /// Runs `body` on a thread and tells whether it returned, and what.
    final class Probe<T: Sendable>: @unchecked Sendable {  // the result is written once, under the lock
        private let lock = NSLock()
        private var done = false
        private var value: T?
        init(_ body: @escaping @Sendable () -> T) {
            Thread { [self] in
                let result = body()
                lock.lock()
                value = result
                done = true
                lock.unlock()
            }.start()
        }

        /// Whether `body` returned within `seconds`.
        func returned(within seconds: Double) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                lock.lock()
                let finished = done
                lock.unlock()
                if finished { return true }
                Thread.sleep(forTimeInterval: 0.005)
            }
            return false
        }

        /// What `body` returned (once `returned` said it did).
        var result: T? {
            lock.lock()
            defer { lock.unlock() }
            return value
        }
    }

    @Test func boundedQueueHandsOverInOrderAndBlocksWhenFull() throws {
        let queue = BoundedQueue<Int>(capacity: 2)
        #expect(queue.push(1) && queue.push(2))
        let third = Probe { queue.push(3) }
        #expect(!third.returned(within: 0.1), "a full queue makes the producer wait")
        #expect(queue.pop() == 1)
        #expect(third.returned(within: 2) && third.result == true)
        #expect(queue.pop() == 2 && queue.pop() == 3)
    }

    @Test func poppingWhatIsQueuedNeverWaits() throws {
        let queue = BoundedQueue<Int>(capacity: 2)
        let empty = Probe { queue.popIfQueued() }
        #expect(empty.returned(within: 2) && empty.result! == nil, "an empty queue answers nil at once")
        #expect(queue.push(1) && queue.push(2))
        let third = Probe { queue.push(3) }
        #expect(queue.popIfQueued() == 1)
        #expect(third.returned(within: 2) && third.result == true, "taking an item makes room for a waiting producer")
        queue.close()
        #expect(queue.popIfQueued() == 2 && queue.popIfQueued() == 3 && queue.popIfQueued() == nil)
    }

    @Test func aNiceBackgroundTaskLowersItsOwnThreadOnly() throws {
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        let caller = getpriority(which, 0)
        let inside = try BackgroundTask(niceness: 10) { getpriority(which, 0) }.value()
        #expect(inside == min(19, caller + 10))
        #expect(getpriority(which, 0) == caller, "the caller's thread keeps its priority")
        #expect(try BackgroundTask { getpriority(which, 0) }.value() == caller)
    }

    @Test func closingABoundedQueueWakesBothSides() throws {
        let empty = BoundedQueue<Int>(capacity: 1)
        let consumer = Probe { empty.pop() }
        #expect(!consumer.returned(within: 0.1))
        empty.close()
        #expect(consumer.returned(within: 2) && consumer.result! == nil, "a waiting consumer gets nil")
        let full = BoundedQueue<Int>(capacity: 1)
        #expect(full.push(1))
        let producer = Probe { full.push(2) }
        #expect(!producer.returned(within: 0.1))
        full.close()
        #expect(producer.returned(within: 2) && producer.result == false, "a waiting producer learns the consumer left")
        #expect(full.pop() == 1, "what was queued before closing is still drained")
        #expect(full.pop() == nil)
    }

    @Test func resequencerRestoresOrderFromOutOfOrderPuts() throws {
        let resequencer = Resequencer<Int>(window: 8, producers: 2)
        let consumer = Probe { () -> [Int] in
            var taken: [Int] = []
            while let value = resequencer.take() { taken.append(value) }
            return taken
        }
        let odd = Probe { () -> Bool in
            for index in stride(from: 5, through: 1, by: -2) { _ = resequencer.put(index * 10, at: index) }
            resequencer.producerDone()
            return true
        }
        let even = Probe { () -> Bool in
            for index in [4, 0, 2] { _ = resequencer.put(index * 10, at: index) }
            resequencer.producerDone()
            return true
        }
        #expect(odd.returned(within: 2) && odd.result == true && even.returned(within: 2) && even.result == true)
        #expect(consumer.returned(within: 2) && consumer.result == [0, 10, 20, 30, 40, 50])
    }

    @Test func aResequencerProducerTooFarAheadWaitsAndCloseReleasesIt() throws {
        let resequencer = Resequencer<Int>(window: 2, producers: 1)
        let ahead = Probe { resequencer.put(5, at: 5) }
        #expect(!ahead.returned(within: 0.1), "index 5 is beyond the window of 2 past 0")
        let waiting = Resequencer<Int>(window: 2, producers: 1)
        let consumer = Probe { waiting.take() }
        #expect(!consumer.returned(within: 0.1))
        resequencer.close()
        waiting.close()
        #expect(ahead.returned(within: 2) && ahead.result == false, "cancelled mid-wait, the producer is told")
        #expect(consumer.returned(within: 2) && consumer.result! == nil, "cancelled mid-wait, the consumer gets nil")
    }

    struct Failure: Error, Equatable {
        let index: Int
    }

    @Test func backgroundTaskGivesItsValueOrItsError() throws {
        #expect(try BackgroundTask { 6 * 7 }.value() == 42)
        #expect(throws: Failure(index: 1)) { try BackgroundTask<Int> { throw Failure(index: 1) }.value() }
    }

    @Test func concurrentMapKeepsOrderAndReportsAFailure() throws {
        #expect(try ConcurrentMap.map(1000, workers: 4) { $0 * 2 } == (0..<1000).map { $0 * 2 })
        #expect(try ConcurrentMap.map(0) { $0 }.isEmpty)
        #expect(throws: Failure.self) { try ConcurrentMap.map(100, workers: 3) { index -> Int in if index == 37 { throw Failure(index: index) }; return index } }
        final class Seen {
            var count = 0
        }
        let counts = try ConcurrentMap.map(500, workers: 2, batch: 7, state: { Seen() }) { seen, _ in
            seen.count += 1
            return seen.count
        }
        #expect(counts.count == 500 && counts.allSatisfy { $0 >= 1 }, "each worker keeps its own state")
    }
}
