/// The line each IIN of a file was first seen on, in 8 bytes an entry (open-addressing tables of
/// packed IIN and line, at most 70% full), so a million-row roster's check takes ~11 MB. The
/// entries are spread over 64 tables by hash that grow one at a time: growing copies a 64th of
/// the entries, so the memory peak while growing stays near the table's own size.
struct IINLines {
    private static let lineBits: UInt64 = 24
    private static let lineMask: UInt64 = (1 << lineBits) - 1
    private static let shardBits: UInt64 = 6
    private var shards: [Shard]

    /// One of the tables: the entries whose hash starts with its index.
    private struct Shard {
        var slots: [UInt64]
        var count = 0

        /// Where `key` is, or the empty slot it would take.
        func find(_ key: UInt64, hash: UInt64) -> Int {
            var index = Shard.slot(hash, in: slots.count)
            while slots[index] != 0 && slots[index] >> IINLines.lineBits != key {
                index = index + 1 == slots.count ? 0 : index + 1
            }
            return index
        }

        /// A slot from the hash bits below the shard index (multiply-shift range reduction).
        static func slot(_ hash: UInt64, in size: Int) -> Int {
            Int((hash << IINLines.shardBits).multipliedFullWidth(by: UInt64(size)).high)
        }

        mutating func grow() {
            let old = slots
            slots = [UInt64](repeating: 0, count: old.count + old.count / 2)
            for entry in old where entry != 0 {
                let index = find(entry >> IINLines.lineBits, hash: IINLines.hash(entry >> IINLines.lineBits))
                slots[index] = entry
            }
        }
    }

    init(capacity: Int = 1 << 16) {
        let perShard = max(16, capacity >> Int(IINLines.shardBits))
        shards = (0..<(1 << IINLines.shardBits)).map { _ in Shard(slots: [UInt64](repeating: 0, count: perShard)) }
    }

    /// Whether `iin` has been recorded.
    func contains(_ iin: UInt64) -> Bool {
        let key = iin + 1
        let hash = IINLines.hash(key)
        let shard = Int(hash >> (64 - IINLines.shardBits))
        return shards[shard].slots[shards[shard].find(key, hash: hash)] != 0
    }

    /// Records `iin` at `line` and returns nil, or returns the line it was first seen on.
    mutating func firstLine(of iin: UInt64, at line: Int) -> Int? {
        let key = iin + 1  // 0 marks an empty slot
        let hash = IINLines.hash(key)
        let shard = Int(hash >> (64 - IINLines.shardBits))
        if shards[shard].count * 10 >= shards[shard].slots.count * 7 { shards[shard].grow() }
        let index = shards[shard].find(key, hash: hash)
        let entry = shards[shard].slots[index]
        if entry != 0 { return Int(entry & IINLines.lineMask) }
        shards[shard].slots[index] = key << IINLines.lineBits | UInt64(min(line, Int(IINLines.lineMask)))
        shards[shard].count += 1
        return nil
    }

    private static func hash(_ key: UInt64) -> UInt64 {
        key &* 0x9E37_79B9_7F4A_7C15
    }

    /// A slot for `key` in a table of any size (multiply-shift range reduction), for the other
    /// IIN-keyed table (`FingerprintTable`).
    static func slot(_ key: UInt64, in size: Int) -> Int {
        Int(hash(key).multipliedFullWidth(by: UInt64(size)).high)
    }
}
