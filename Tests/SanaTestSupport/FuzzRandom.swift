/// The fuzzers' generator: SplitMix64, seeded, so a seed and an iteration number give the same
/// input on any machine (the standard library's generator is not seedable).
package struct FuzzRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    /// A generator for one iteration of a run: the run's seed mixed with the iteration number.
    package init(seed: UInt64, stream: UInt64) {
        var mixer = FuzzRandom(seed: seed ^ (stream &* 0xD6E8_FEB8_6659_FD93))
        state = mixer.next()
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0..<bound.
    package mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next(upperBound: UInt64(bound)))
    }

    /// True with probability 1/n.
    package mutating func oneIn(_ n: Int) -> Bool {
        below(n) == 0
    }

    /// A length skewed towards small values: 1...max, each halving of the range as likely.
    package mutating func skewedLength(_ max: Int) -> Int {
        guard max > 1 else { return 1 }
        let bits = Int.bitWidth - (max - 1).leadingZeroBitCount
        let top = 1 << below(bits + 1)
        return Swift.min(max, 1 + below(top))
    }

    package mutating func pick<T>(_ values: [T]) -> T {
        values[below(values.count)]
    }

    /// FNV-1a of some bytes: a seed derived from an input, so a replayed input checks alike.
    package static func hash(_ bytes: [UInt8]) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return value
    }
}
