/// IIN → fingerprint, an open-addressing table (linear probing, at most 70% full) of 16-byte
/// slots, key and fingerprint side by side so that a probe costs one cache miss: ~23 MB for a
/// million learners.
final class FingerprintTable {
    /// Slot i holds the key (IIN + 1; 0 is empty) at 2i and the fingerprint at 2i + 1.
    private var slots: LargeWords
    private var count = 0

    init(capacity: Int) {
        slots = LargeWords(count: FingerprintTable.words(capacity: capacity))
    }

    /// Memory held by the slots.
    var bytes: Int { slots.count * MemoryLayout<UInt64>.stride }

    /// Memory a table for `capacity` IINs takes.
    static func bytes(capacity: Int) -> Int {
        words(capacity: capacity) * MemoryLayout<UInt64>.stride
    }

    private static func words(capacity: Int) -> Int {
        2 * max(16, capacity * 10 / 7 + 16)
    }

    /// The fingerprint stored for `iin`, or nil.
    func lookup(_ iin: UInt64) -> UInt64? {
        let key = iin + 1
        let size = slots.count / 2
        var index = IINLines.slot(key, in: size)
        while slots[2 * index] != 0 {
            if slots[2 * index] == key { return slots[2 * index + 1] }
            index = index + 1 == size ? 0 : index + 1
        }
        return nil
    }

    /// Records `fingerprint` for `iin`; an IIN recorded twice gets `collision` instead.
    func insert(_ iin: UInt64, fingerprint: UInt64, collision: UInt64) {
        if count * 10 >= slots.count / 2 * 7 { grow() }
        let key = iin + 1
        let size = slots.count / 2
        var index = IINLines.slot(key, in: size)
        while slots[2 * index] != 0 {
            if slots[2 * index] == key {
                slots[2 * index + 1] = collision
                return
            }
            index = index + 1 == size ? 0 : index + 1
        }
        slots[2 * index] = key
        slots[2 * index + 1] = fingerprint
        count += 1
    }

    private func grow() {
        let old = slots
        slots = LargeWords(count: old.count + old.count / 2 & ~1)
        count = 0
        for index in stride(from: 0, to: old.count, by: 2) where old[index] != 0 {
            insert(old[index] - 1, fingerprint: old[index + 1], collision: old[index + 1])
        }
    }
}
