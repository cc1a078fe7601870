import COpenSSL

/// Random bytes from OpenSSL's CSPRNG (RAND_bytes).
package enum SecureRandom {
    package static func bytes(_ count: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        guard count == 0 || RAND_bytes(&out, Int32(count)) == 1 else {
            throw OpenSSLError.last("produce random bytes")
        }
        return out
    }

    /// A uniformly random integer in 0..<bound, by rejection sampling.
    package static func integer(below bound: UInt64) throws -> UInt64 {
        precondition(bound > 0)
        let limit = UInt64.max - UInt64.max % bound
        while true {
            let raw = try bytes(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            if raw < limit { return raw % bound }
        }
    }

    /// A random version-4 UUID, lower-case.
    package static func uuid() throws -> String {
        var b = try bytes(16)
        b[6] = (b[6] & 0x0f) | 0x40
        b[8] = (b[8] & 0x3f) | 0x80
        let hex = b.map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }
        return hex[0..<4].joined() + "-" + hex[4..<6].joined() + "-" + hex[6..<8].joined() + "-"
            + hex[8..<10].joined() + "-" + hex[10..<16].joined()
    }
}
