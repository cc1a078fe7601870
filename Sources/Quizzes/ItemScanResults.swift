import Foundation

/// The per-range results of the item report's parallel scan, one slot per range, each written
/// by exactly one iteration.
final class ItemScanResults: @unchecked Sendable {
    private var slots: [Result<[String: ItemSums], any Error>?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Result<[String: ItemSums], any Error>) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func get(_ index: Int) -> Result<[String: ItemSums], any Error> {
        lock.lock()
        defer { lock.unlock() }
        return slots[index] ?? .success([:])
    }
}
