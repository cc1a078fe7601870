import Foundation
import SanaConcurrency
import SanaCrypto
import SanaStore

/// The SHA-256 of the bytes a roster source consumes, computed on a thread of its own from the
/// very chunks the parser reads (so it is the hash of what was imported, pipes included), at no
/// cost to the parsing thread.
final class FileDigest: @unchecked Sendable {
    private let chunks = BoundedQueue<[UInt8]>(capacity: 4)
    private let condition = NSCondition()
    private var result: String?

    init() {
        let thread = Thread { [self] in
            var hasher = SHA256()
            while let chunk = chunks.pop() {
                hasher.update(chunk)
            }
            let digest = SHA256.hexString(hasher.finalize())
            condition.lock()
            result = digest
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    deinit {
        chunks.close()
    }

    func add(_ bytes: [UInt8]) {
        _ = chunks.push(bytes)
    }

    /// No more bytes: the digest can be finished.
    func finish() {
        chunks.close()
    }

    /// Waits for the digest of everything added before `finish()`.
    func value() -> String {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}
