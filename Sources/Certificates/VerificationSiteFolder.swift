import Foundation
import SanaStore
import Synchronization

/// The folder a verification site is published into. Each file is compared with what is there and
/// written only when its bytes differ, aside and then moved into place, so a web server never
/// serves a file partly written: a new file through `OutputFolder` (flushed once, by `sync()`), a
/// changed one through `AtomicFile`. Files and folders are world-readable (0644, 0755): a web
/// server serves them. Safe to use from several threads.
final class VerificationSiteFolder: Sendable {
    let path: String
    private let folders = Mutex<[String: OutputFolder]>([:])

    /// Opens the site's folder, creating it (and its parents) when missing.
    init(_ path: String) throws {
        self.path = path
        try Self.makeFolder(path)
    }

    /// Writes `bytes` to `relative` (`c/AB/code.jwt`) unless the file already holds exactly them;
    /// true when it was written.
    @discardableResult
    func put(_ relative: String, _ bytes: [UInt8]) throws -> Bool {
        let target = path + "/" + relative
        switch Self.compare(target, bytes) {
        case .same:
            return false
        case .missing:
            let parent = (relative as NSString).deletingLastPathComponent
            try folder(parent).writeNew((relative as NSString).lastPathComponent, bytes)
        case .different:
            do {
                let file = try AtomicFile(path: target, mode: 0o644, existing: .replace)
                try file.write(bytes)
                try file.commit()
            } catch {
                throw CertificatesError.cannotWrite(path: target, reason: "\(error)")
            }
        }
        return true
    }

    /// Flushes every file written to disk: one sync(2) for all the new ones and their folders'
    /// entries (each changed file was flushed as it was moved into place).
    func sync() {
        folders.withLock { $0.values.first }?.sync()
    }

    /// The opened folder `relative` (created when missing), shared between threads.
    private func folder(_ relative: String) throws -> OutputFolder {
        try folders.withLock { folders in
            if let open = folders[relative] { return open }
            let full = relative.isEmpty ? path : path + "/" + relative
            try Self.makeFolder(full)
            let open = try OutputFolder(full)
            folders[relative] = open
            return open
        }
    }

    private static func makeFolder(_ path: String) throws {
        var info = stat()
        if lstat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw CertificatesError.cannotWrite(path: path, reason: "it exists and is not a folder")
            }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeFolder(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw CertificatesError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    enum Comparison { case same, missing, different }

    /// Whether the regular file at `path` holds exactly `bytes` (never following a link, never
    /// blocking on a FIFO).
    static func compare(_ path: String, _ bytes: [UInt8]) -> Comparison {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return errno == ENOENT ? .missing : .different }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size == bytes.count else {
            return .different
        }
        var existing = [UInt8](repeating: 0, count: bytes.count + 1)
        var total = 0
        while total < existing.count {
            let got = existing.withUnsafeMutableBytes { read(fd, $0.baseAddress! + total, $0.count - total) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { break }
            total += got
        }
        return total == bytes.count && existing[0..<total].elementsEqual(bytes) ? .same : .different
    }
}
