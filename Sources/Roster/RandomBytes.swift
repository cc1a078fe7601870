import Foundation

/// Random bytes from the kernel's CSPRNG (/dev/urandom), fetched 64 KB at a time instead of a
/// system call per value.
struct RandomBytes {
    private var pool: [UInt8] = []
    private var used = 0

    mutating func next16() -> [UInt8] {
        if used + 16 > pool.count {
            pool = RandomBytes.read(1 << 16)
            used = 0
        }
        defer { used += 16 }
        return Array(pool[used..<used + 16])
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
