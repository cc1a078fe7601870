import Foundation

/// A file that appears whole or not at all: written to a new temporary file beside the target
/// (`NAME.partial-XXXXXXXX`, created with `O_EXCL | O_NOFOLLOW`, so nothing planted there is
/// followed or reused), flushed to disk, then moved into place. A failure or `discard()` removes
/// the temporary file; only `kill -9` between `write` and `commit` can leave one behind, and the
/// target is then untouched.
///
/// The target is never something other than a regular file: a device, a folder, a FIFO or a
/// symbolic link at the path is refused. An existing file is replaced only when asked.
package final class AtomicFile {
    package enum Existing: Sendable {
        /// Refuse when the target exists (checked again, atomically, when moving into place).
        case refuse
        /// Replace a regular file at the target.
        case replace
    }

    package let path: String
    package let temporaryPath: String
    private let existing: Existing
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var finished = false
    /// Bytes written so far (buffered or on disk).
    package private(set) var size = 0

    /// Creates the temporary file; refuses a target that exists (with `.refuse`) or is not a regular file.
    package init(path: String, mode: mode_t = 0o600, existing: Existing) throws(StoreError) {
        try AtomicFile.checkTarget(path, existing: existing)
        self.path = path
        self.existing = existing
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            throw .cannotWrite(path: path, reason: "folder \(folder) does not exist")
        }
        var made: (String, Int32)?
        for _ in 0..<16 {
            let candidate = path + ".partial-" + String(UInt32.random(in: .min ... .max), radix: 16)
            let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd >= 0 {
                made = (candidate, fd)
                break
            }
            if errno != EEXIST { throw .cannotWrite(path: path, reason: AtomicFile.reason(errno)) }
        }
        guard let (temporary, fd) = made else { throw .cannotWrite(path: path, reason: "no temporary name was free beside it") }
        fchmod(fd, mode)  // the umask must not widen or narrow what was asked
        temporaryPath = temporary
        descriptor = fd
    }

    deinit {
        if !finished { discard() }
    }

    /// Checks, before anything is read or written, that `path` may become this output.
    package static func checkTarget(_ path: String, existing: Existing) throws(StoreError) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw .cannotWrite(path: path, reason: reason(errno))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .notARegularFile(path: path, kind: FileKind(mode: info.st_mode))
        }
        if existing == .refuse { throw .fileExists(path: path) }
    }

    package func write(_ bytes: some Sequence<UInt8>) throws(StoreError) {
        guard !finished, descriptor >= 0 else { throw .cannotWrite(path: path, reason: "it was already closed") }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    package func write(_ text: String) throws(StoreError) {
        try write(text.utf8)
    }

    /// Flushes everything to disk, still under the temporary name: after this, only moving the
    /// file into place is left, which needs no space.
    package func sync() throws(StoreError) {
        guard descriptor >= 0 else { return }
        try flush()
        guard fsync(descriptor) == 0 else {
            let problem = AtomicFile.reason(errno)
            discard()
            throw .cannotWrite(path: path, reason: problem)
        }
        close(descriptor)
        descriptor = -1
    }

    /// Flushes to disk and moves the file into place. With `.refuse`, a file that appeared at the
    /// target meanwhile is kept and this one discarded.
    package func commit() throws(StoreError) {
        do {
            guard !finished else { throw StoreError.cannotWrite(path: path, reason: "it was abandoned after an earlier failure") }
            try sync()
            switch existing {
            case .replace:
                try AtomicFile.checkTarget(path, existing: .replace)
                guard rename(temporaryPath, path) == 0 else { throw StoreError.cannotWrite(path: path, reason: AtomicFile.reason(errno)) }
            case .refuse:
                // link() never replaces: a file that appeared meanwhile is kept.
                guard link(temporaryPath, path) == 0 else {
                    throw errno == EEXIST ? StoreError.fileExists(path: path) : StoreError.cannotWrite(path: path, reason: AtomicFile.reason(errno))
                }
                unlink(temporaryPath)
            }
            finished = true
            AtomicFile.syncFolder(of: path)
        } catch let error as StoreError {
            discard()
            throw error
        } catch {
            discard()
            throw .cannotWrite(path: path, reason: "\(error)")
        }
    }

    /// Gives up: nothing appears at the target and the temporary file is removed.
    package func discard() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        buffer = []
        if !finished { unlink(temporaryPath) }
        finished = true
    }

    private func flush() throws(StoreError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                let problem = AtomicFile.reason(errno)
                discard()
                throw .cannotWrite(path: path, reason: problem)
            }
            offset += written
        }
        size += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Makes a rename durable: the folder's entry is flushed too.
    static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is used up"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the file system is read-only"
        case ENOENT: return "its folder does not exist"
        case ENOTDIR: return "a part of the path is not a folder"
        default: return String(cString: strerror(code))
        }
    }
}
