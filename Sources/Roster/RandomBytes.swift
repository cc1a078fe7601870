import Foundation

/// Random bytes from the kernel's CSPRNG (/dev/urandom), fetched 64 KB at a time instead of a
/// system call per value.
struct RandomBytes {
    private var pool: [UInt8] = []
    private var used = 0
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Writes a random (version 4) UUID's text, lower-case as the store keeps it, into `text`
    /// (36 bytes), without going through Foundation's formatter.
    mutating func uuidText(into text: inout [UInt8]) {
        if used + 16 > pool.count {
            pool = RandomBytes.read(1 << 16)
            used = 0
        }
        defer { used += 16 }
        text.removeAll(keepingCapacity: true)
        for index in 0..<16 {
            var byte = pool[used + index]
            if index == 6 { byte = byte & 0x0F | 0x40 }
            if index == 8 { byte = byte & 0x3F | 0x80 }
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(RandomBytes.hexDigits[Int(byte >> 4)])
            text.append(RandomBytes.hexDigits[Int(byte & 0x0F)])
        }
    }

    private static func read(_ count: Int) -> [UInt8] {
        if let handle = FileHandle(forReadingAtPath: "/dev/urandom"),
           let data = try? handle.read(upToCount: count), data.count == count {
            try? handle.close()
            return Array(data)
        }
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
}
