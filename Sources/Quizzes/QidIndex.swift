import Foundation

/// Question ids to dense positions, looked up by the bytes SQLite hands out (no String per row):
/// FNV-1a over the bytes, then a byte comparison. Ids not known in advance get the next position.
struct QidIndex {
    private(set) var qids: [String] = []
    private var bytes: [[UInt8]] = []
    private var byHash: [UInt64: Int] = [:]

    init(_ known: [String]) {
        for qid in known { _ = insert(Array(qid.utf8)) }
    }

    mutating func position(of raw: UnsafeRawBufferPointer?) -> Int {
        guard let raw, raw.count > 0 else { return insert([]) }
        if let candidate = byHash[QidIndex.hash(raw)], equal(candidate, raw) { return candidate }
        return insert(Array(raw))
    }

    private func equal(_ position: Int, _ raw: UnsafeRawBufferPointer) -> Bool {
        bytes[position].withUnsafeBytes { stored in
            stored.count == raw.count && memcmp(stored.baseAddress!, raw.baseAddress!, raw.count) == 0
        }
    }

    /// Adds an id (or finds it by a linear search when two ids share a hash, which FNV-1a makes
    /// all but impossible for a course's few hundred ids).
    private mutating func insert(_ value: [UInt8]) -> Int {
        if let existing = bytes.firstIndex(of: value) { return existing }
        bytes.append(value)
        qids.append(String(decoding: value, as: UTF8.self))
        let hash = value.withUnsafeBytes { QidIndex.hash($0) }
        if byHash[hash] == nil { byHash[hash] = bytes.count - 1 }
        return bytes.count - 1
    }

    private static func hash(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in raw {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
