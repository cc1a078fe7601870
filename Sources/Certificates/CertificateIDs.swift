import Foundation

/// Certificate ids: `urn:uuid:` + a version-7 UUID (RFC 9562): 48 bits of Unix milliseconds, a 12-bit
/// counter that keeps ids from one run in increasing order, and 62 random bits. Ids in increasing
/// order append to the store's certificate b-tree instead of landing all over it.
struct CertificateIDs {
    private var lastMillis: UInt64 = 0
    private var counter: UInt64 = 0

    mutating func next(now: Date = Date()) throws -> String {
        var millis = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        if millis <= lastMillis {
            millis = lastMillis
            counter += 1
            if counter > 0xfff {
                millis += 1
                counter = 0
            }
        } else {
            counter = 0
        }
        lastMillis = millis
        var b = try SecureRandom.bytes(16)
        for i in 0..<6 { b[i] = UInt8(truncatingIfNeeded: millis >> UInt64(40 - 8 * i)) }
        b[6] = 0x70 | UInt8(counter >> 8)
        b[7] = UInt8(truncatingIfNeeded: counter)
        b[8] = (b[8] & 0x3f) | 0x80
        let hex = b.map { String($0, radix: 16).leftPadded(to: 2) }
        return "urn:uuid:" + hex[0..<4].joined() + "-" + hex[4..<6].joined() + "-" + hex[6..<8].joined() + "-"
            + hex[8..<10].joined() + "-" + hex[10..<16].joined()
    }
}
