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
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let slot = Int(hash >> 58)
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
}
