import SanaCrypto
/// Hands out unused status-list indexes uniformly at random, so a list's positions reveal nothing
/// about issue order. The range is at least 131,072 (the Bitstring Status List minimum) and at least
/// twice the number of certificates, so drawing stays quick.
package struct StatusIndexPool: Sendable {
    package static let minimumLength = 131_072

    package private(set) var used: Set<Int>
    package let capacity: Int

    package init(used: Set<Int>, upcoming: Int) {
        self.used = used
        capacity = StatusIndexPool.length(covering: 2 * (used.count + upcoming))
    }

    /// The smallest power of two ≥ max(n, 131,072).
    package static func length(covering n: Int) -> Int {
        var length = minimumLength
        while length < n { length *= 2 }
        return length
    }

    package mutating func draw() throws -> Int {
        guard used.count < capacity else { throw CertificatesError.statusListFull(capacity: capacity) }
        while true {
            let index = Int(try SecureRandom.integer(below: UInt64(capacity)))
            if used.insert(index).inserted { return index }
        }
    }

    /// `count` draws at once, with the randomness fetched in bulk.
    package mutating func draw(_ count: Int) throws -> [Int] {
        guard used.count + count <= capacity else { throw CertificatesError.statusListFull(capacity: capacity) }
        let bound = UInt64(capacity)
        let limit = UInt64.max - UInt64.max % bound
        var out: [Int] = []
        out.reserveCapacity(count)
        while out.count < count {
            let random = try SecureRandom.bytes(8 * (count - out.count) + 64)
            var offset = 0
            while offset + 8 <= random.count && out.count < count {
                var raw: UInt64 = 0
                for byte in random[offset..<(offset + 8)] { raw = raw << 8 | UInt64(byte) }
                offset += 8
                if raw >= limit { continue }
                let index = Int(raw % bound)
                if used.insert(index).inserted { out.append(index) }
            }
        }
        return out
    }
}
