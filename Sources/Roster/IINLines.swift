/// The line each IIN of a file was first seen on, in 8 bytes an entry (an open-addressing table
/// of packed IIN and line, at most 70% full), so a million-row roster's check takes ~11 MB.
struct IINLines {
    private static let lineBits: UInt64 = 24
    private static let lineMask: UInt64 = (1 << lineBits) - 1
    private var slots: [UInt64]
    private var count = 0

    init(capacity: Int = 1 << 16) {
        slots = [UInt64](repeating: 0, count: max(16, capacity))
    }

    /// Whether `iin` has been recorded.
    func contains(_ iin: UInt64) -> Bool {
        let key = iin + 1
        var index = IINLines.slot(key, in: slots.count)
        while slots[index] != 0 {
            if slots[index] >> IINLines.lineBits == key { return true }
            index = index + 1 == slots.count ? 0 : index + 1
        }
        return false
    }

    /// Records `iin` at `line` and returns nil, or returns the line it was first seen on.
    mutating func firstLine(of iin: UInt64, at line: Int) -> Int? {
        if count * 10 >= slots.count * 7 { grow() }
        let key = iin + 1  // 0 marks an empty slot
        var index = IINLines.slot(key, in: slots.count)
        while slots[index] != 0 {
            if slots[index] >> IINLines.lineBits == key {
                return Int(slots[index] & IINLines.lineMask)
            }
            index = index + 1 == slots.count ? 0 : index + 1
        }
        slots[index] = key << IINLines.lineBits | UInt64(min(line, Int(IINLines.lineMask)))
        count += 1
        return nil
    }

    /// A slot for `key` in a table of any size (multiply-shift range reduction).
    static func slot(_ key: UInt64, in size: Int) -> Int {
        Int((key &* 0x9E37_79B9_7F4A_7C15).multipliedFullWidth(by: UInt64(size)).high)
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count + old.count / 2)
        for entry in old where entry != 0 {
            var index = IINLines.slot(entry >> IINLines.lineBits, in: slots.count)
            while slots[index] != 0 { index = index + 1 == slots.count ? 0 : index + 1 }
            slots[index] = entry
        }
    }
}
