import Foundation

/// A folder that many new files are written into (`sana cert issue --out`): opened once, so that
/// each file is created relative to it instead of walking the whole path again.
final class OutputFolder: @unchecked Sendable {
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

    /// Creates `name` in the folder (never replacing a file) holding `bytes`.
    func writeNew(_ name: String, _ bytes: [UInt8], mode: mode_t = 0o644) throws {
        let fd = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else {
            if errno == EEXIST { throw CertificatesError.fileExists(path: path + "/" + name) }
            throw CertificatesError.cannotWrite(path: path + "/" + name, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw CertificatesError.cannotWrite(path: path + "/" + name, reason: String(cString: strerror(errno)))
        }
    }
}
