import Foundation

/// Certificate ids: `urn:uuid:` + a version-7 UUID (RFC 9562): 48 bits of Unix milliseconds, a 12-bit
/// counter and 62 random bits. The ids of one issuing run are numbered from the run's start: the
/// n-th gets millisecond start + n / 4096 and counter n % 4096 (a counter that runs over moves the
/// clock on, as RFC 9562 §6.2 allows), so they increase in issue order and append to the store's
/// certificate index instead of landing all over it, whichever thread makes them.
struct CertificateIDs: Sendable {
    let startMillis: UInt64

    init(now: Date = Date()) {
        startMillis = UInt64(max(0, now.timeIntervalSince1970 * 1000))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The run's `number`-th id; its random bits come from `random` (at least 8 bytes).
    func id(_ number: Int, random: ArraySlice<UInt8>) -> String {
        precondition(random.count >= 8)
        let millis = startMillis + UInt64(number >> 12)
        let counter = UInt64(number & 0xfff)
        var b = [UInt8](repeating: 0, count: 16)
        for i in 0..<6 { b[i] = UInt8(truncatingIfNeeded: millis >> UInt64(40 - 8 * i)) }
        b[6] = 0x70 | UInt8(counter >> 8)
        b[7] = UInt8(truncatingIfNeeded: counter)
        var r = random.startIndex
        for i in 8..<16 {
            b[i] = random[r]
            r += 1
        }
        b[8] = (b[8] & 0x3f) | 0x80
        var text = Array("urn:uuid:".utf8)
        text.reserveCapacity(45)
        for (i, byte) in b.enumerated() {
            if i == 4 || i == 6 || i == 8 || i == 10 { text.append(45) }
            text.append(Self.hexDigits[Int(byte >> 4)])
            text.append(Self.hexDigits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
