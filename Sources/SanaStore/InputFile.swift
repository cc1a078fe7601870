import Foundation

/// Reads a small file a user named (a trust file, a certificate, an answers file), with errors
/// that say what is wrong in words: missing, a folder, a device, too large, unreadable. A named
/// pipe is read like a file (`--trust <(curl ...)`), up to the same limit.
package enum InputFile {
    /// The bytes of `path`, refusing more than `limit` bytes.
    package static func read(_ path: String, limit: Int) throws(StoreError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .cannotRead(path: path, reason: errno == ENOENT ? "no such file" : AtomicFile.reason(errno))
        }
        let kind = FileKind(mode: info.st_mode)
        guard kind == .file || kind == .fifo else { throw .notARegularFile(path: path, kind: kind) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotRead(path: path, reason: AtomicFile.reason(errno)) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(path: path, reason: AtomicFile.reason(errno))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { throw .tooLarge(path: path, limit: limit) }
        }
    }

    /// The file as UTF-8 text, without a leading byte-order mark.
    package static func text(_ path: String, limit: Int) throws(StoreError) -> String {
        var bytes = try read(path, limit: limit)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8(path: path) }
        return text
    }
}
