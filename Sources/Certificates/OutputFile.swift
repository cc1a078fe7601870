import Foundation

/// Files sana writes for people and verifiers: created new (never replacing one), then filled.
public enum OutputFile {
    public static func writeNew(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o644) throws {
        let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else {
            if errno == EEXIST { throw CertificatesError.fileExists(path: path) }
            throw CertificatesError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw CertificatesError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    public static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw CertificatesError.cannotRead(path: path, reason: exists ? (isDirectory.boolValue ? "it is a folder" : "permission denied") : "no such file")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
