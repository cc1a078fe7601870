import Foundation

/// A zeroed array of 64-bit words for a big hash table, backed by huge pages where the kernel
/// allows it (`madvise(MADV_HUGEPAGE)`): probes land at random, and with 4 KB pages nearly each
/// one would also miss the TLB. Falls back to ordinary pages silently.
final class LargeWords {
    let count: Int
    let words: UnsafeMutablePointer<UInt64>

    init(count: Int) {
        self.count = count
        let bytes = max(1, count) * MemoryLayout<UInt64>.stride
        let hugePage = 2 << 20
        var raw: UnsafeMutableRawPointer?
        if bytes >= hugePage, posix_memalign(&raw, hugePage, bytes) == 0, let raw {
            _ = madvise(raw, bytes, MADV_HUGEPAGE)
            words = raw.bindMemory(to: UInt64.self, capacity: max(1, count))
        } else {
            words = UnsafeMutableRawPointer(malloc(bytes)!).bindMemory(to: UInt64.self, capacity: max(1, count))
        }
        words.initialize(repeating: 0, count: max(1, count))
    }

    deinit {
        free(words)
    }

    subscript(index: Int) -> UInt64 {
        get { words[index] }
        set { words[index] = newValue }
    }
}
