import Foundation
import SanaStore

/// The SHA-256 of a file, computed on its own thread while the file is parsed elsewhere
/// (it reads the file a second time, from the page cache), so hashing costs the parser nothing.
final class FileDigest: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<String, RosterError>?

    init(path: String) {
        let thread = Thread { [self] in
            let outcome = FileDigest.compute(path)
            condition.lock()
            result = outcome
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// Waits for the digest.
    func value() throws -> String {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return try result!.get()
    }

    private static func compute(_ path: String) -> Result<String, RosterError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.cannotRead(path: path, reason: String(cString: strerror(errno)))) }
        defer { close(fd) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 { return .failure(.cannotRead(path: path, reason: String(cString: strerror(errno)))) }
            if count == 0 { break }
            buffer.withUnsafeBufferPointer { hasher.update(UnsafeBufferPointer(rebasing: $0[..<count])) }
        }
        return .success(SHA256.hexString(hasher.finalize()))
    }
}
