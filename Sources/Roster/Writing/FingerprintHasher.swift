/// A 64-bit hash for row fingerprints: eight bytes a step (xor, multiply by an odd constant,
/// xor-shift: each step a bijection of the state), finalized by MurmurHash3's mixer. Inlined,
/// where Swift's Hasher (SipHash) costs a library call per value; seeded anew in each process,
/// so no file can be crafted to collide with what the store holds.
struct FingerprintHasher {
    private static let seed = UInt64.random(in: .min ... .max)
    private var state = FingerprintHasher.seed

    mutating func combine(_ value: UInt64) {
        state = (state ^ value) &* 0x9E37_79B9_7F4A_7C15
        state ^= state >> 29
    }

    mutating func combine(_ value: Int64) {
        combine(UInt64(bitPattern: value))
    }

    mutating func combine(_ value: Bool) {
        combine(value ? 1 as UInt64 : 0)
    }

    /// The bytes and their count (so "ab","c" and "a","bc" differ); nil differs from empty.
    mutating func combine(_ bytes: UnsafeRawBufferPointer?) {
        guard let bytes else {
            combine(UInt64.max)
            return
        }
        combine(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            combine(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < bytes.count {
            var tail: UInt64 = 0
            for index in offset..<bytes.count {
                tail |= UInt64(bytes[index]) << (8 * (index - offset))
            }
            combine(tail)
        }
    }

    mutating func combine(_ text: String?) {
        guard var text else {
            combine(nil as UnsafeRawBufferPointer?)
            return
        }
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    /// The hash; never the values 0 and 1, which `StoredLearners` reserves.
    func finalize() -> UInt64 {
        var hash = state
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash < 2 ? hash + 2 : hash
    }
}
