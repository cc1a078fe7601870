import Foundation
import SanaStore

/// A folder that many new files are written into (`sana cert issue --out`): opened once, so that
/// each file is created relative to it instead of walking the whole path again. Each file is
/// written under a temporary name and linked into place, so a file of that name is never seen
/// partly written (a killed run leaves at most a `*.partial-*` file); `sync()` makes them durable
/// in one call at the end instead of one fsync per file.
final class OutputFolder: Sendable {
    let path: String
    private let descriptor: Int32

    init(_ path: String) throws {
        let descriptor = Foundation.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CertificatesError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Whether `name` is missing or empty in the folder (a regular file with bytes is present).
    func lacks(_ name: String) -> Bool {
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return true }
        return info.st_mode & S_IFMT == S_IFREG && info.st_size == 0
    }

    /// Creates `name` in the folder holding `bytes`. An existing file is kept unless it is empty
    /// (what an older sana left when it was killed mid-write), which is replaced.
    func writeNew(_ name: String, _ bytes: [UInt8], mode: mode_t = 0o644, replacing: Bool = false) throws {
        let temporary = name + ".partial-" + String(UInt32.random(in: .min ... .max), radix: 16)
        let fd = openat(descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(name) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                let error = failure(name)
                close(fd)
                unlinkat(descriptor, temporary, 0)
                throw error
            }
            offset += written
        }
        close(fd)
        defer { unlinkat(descriptor, temporary, 0) }
        if linkat(descriptor, temporary, descriptor, name, 0) == 0 { return }
        guard errno == EEXIST else { throw failure(name) }
        guard replacing || lacks(name) else { throw CertificatesError.fileExists(path: path + "/" + name) }
        guard renameat(descriptor, temporary, descriptor, name) == 0 else { throw failure(name) }
    }

    /// Flushes every file written into the folder's file system to disk, and the folder itself.
    func sync() {
        Foundation.sync()
        fsync(descriptor)
    }

    private func failure(_ name: String) -> CertificatesError {
        .cannotWrite(path: path + "/" + name, reason: errno == ENOSPC ? "the disk is full" : String(cString: strerror(errno)))
    }
}
