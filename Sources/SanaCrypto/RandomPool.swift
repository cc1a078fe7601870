/// Random bytes from OpenSSL's CSPRNG fetched 64 KB at a time, each handed out once: for loops
/// that need a few random bytes per item (a UUID per imported learner, ids and codes per issued
/// certificate) without a call into OpenSSL per item. Not shared between threads: one per thread.
package struct RandomPool {
    private var pool: [UInt8] = []
    private var used = 0
    private static let chunk = 1 << 16
    private static let hexDigits = Array("0123456789abcdef".utf8)

    package init() {}

    /// The next `count` random bytes.
    package mutating func bytes(_ count: Int) throws -> ArraySlice<UInt8> {
        if used + count > pool.count {
            pool = try SecureRandom.bytes(max(count, RandomPool.chunk))
            used = 0
        }
        defer { used += count }
        return pool[used..<(used + count)]
    }

    /// Writes a random (version 4) UUID's text, lower-case, into `text` (36 bytes).
    package mutating func uuidText(into text: inout [UInt8]) throws {
        let random = try bytes(16)
        text.removeAll(keepingCapacity: true)
        for (index, value) in random.enumerated() {
            var byte = value
            if index == 6 { byte = byte & 0x0F | 0x40 }
            if index == 8 { byte = byte & 0x3F | 0x80 }
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(RandomPool.hexDigits[Int(byte >> 4)])
            text.append(RandomPool.hexDigits[Int(byte & 0x0F)])
        }
    }
}
