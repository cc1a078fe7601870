/// Hands out unused status-list indexes uniformly at random, so a list's positions reveal nothing
/// about issue order. The range is at least 131,072 (the Bitstring Status List minimum) and at least
/// twice the number of certificates, so drawing stays quick.
public struct StatusIndexPool: Sendable {
    public static let minimumLength = 131_072

    public private(set) var used: Set<Int>
    public let capacity: Int

    public init(used: Set<Int>, upcoming: Int) {
        self.used = used
        capacity = StatusIndexPool.length(covering: 2 * (used.count + upcoming))
    }

    /// The smallest power of two ≥ max(n, 131,072).
    public static func length(covering n: Int) -> Int {
        var length = minimumLength
        while length < n { length *= 2 }
        return length
    }

    public mutating func draw() throws -> Int {
        guard used.count < capacity else { throw CertificatesError.statusListFull(capacity: capacity) }
        while true {
            let index = Int(try SecureRandom.integer(below: UInt64(capacity)))
            if used.insert(index).inserted { return index }
        }
    }
}
