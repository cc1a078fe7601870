import Foundation
import Enrollment

/// The normalized values a validating thread met lately in columns with few distinct values
/// (university, faculty, group, course, cohort, language), by their bytes: a repeated value costs
/// a hash and a compare instead of a new `String`, and the rows share its storage (so the writer
/// frees one string, not one a row). A pure memo of `NormalizedText(utf8:)`.
struct ValueCache {
    private static let slots = 64
    private static let longest = 96
    private var keys = [UInt8](repeating: 0, count: ValueCache.slots * ValueCache.longest)
    private var lengths = [Int](repeating: -1, count: ValueCache.slots)
    private var values = [NormalizedText?](repeating: nil, count: ValueCache.slots)

    mutating func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        let count = bytes.count
        guard count > 0, count <= ValueCache.longest else { return NormalizedText(utf8: bytes) }
        let slot = ValueCache.slot(bytes)
        let start = slot * ValueCache.longest
        if lengths[slot] == count, keys.withUnsafeBufferPointer({ memcmp($0.baseAddress! + start, bytes.baseAddress!, count) == 0 }),
           let value = values[slot] {
            return value
        }
        let value = NormalizedText(utf8: bytes)
        keys.withUnsafeMutableBufferPointer { keys in
            for index in 0..<count { keys[start + index] = bytes[index] }
        }
        lengths[slot] = count
        values[slot] = value
        return value
    }

    /// Suggestions by university, as the values above (by a hash of the bytes): rows repeat their
    /// university, and the shared table would cost a lock and a Unicode-normalizing hash per row.
    private var suggested = [(university: String, names: [String])?](repeating: nil, count: ValueCache.slots)

    /// `work(university)`, worked out once per university while it stays in its slot.
    mutating func suggestions(for university: String, _ work: (String) -> [String]) -> [String] {
        var key = university
        let slot = key.withUTF8 { ValueCache.slot($0) }
        if let known = suggested[slot], ValueCache.sameBytes(known.university, university) { return known.names }
        let names = work(university)
        suggested[slot] = (university, names)
        return names
    }

    /// A value's slot: the top bits of its bytes' FNV-1a hash.
    private static func slot(_ bytes: some Sequence<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return Int(hash >> 58)
    }

    /// Whether two strings have the same UTF-8 bytes (a memcmp, without String's Unicode comparison).
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        let count = a.utf8.count
        guard count == b.utf8.count else { return false }
        guard count > 0 else { return true }
        let compared: Bool?? = a.utf8.withContiguousStorageIfAvailable { a in
            b.utf8.withContiguousStorageIfAvailable { b in memcmp(a.baseAddress!, b.baseAddress!, count) == 0 }
        }
        return (compared ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }
}
