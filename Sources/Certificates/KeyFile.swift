import Foundation
import SanaCrypto
import SanaStore

/// The private key on disk: PKCS#8 PEM, mode 0600 in a 0700 folder. Reading refuses, as ssh does,
/// a file that group or others can access.
package enum KeyFile {
    /// `keys/signing-key.pem` in the data folder beside the store.
    package static func defaultPath(storePath: String) -> String {
        (storePath as NSString).deletingLastPathComponent + "/keys/signing-key.pem"
    }

    package static func load(_ path: String) throws -> Ed25519PrivateKey {
        let fd = Foundation.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { throw CertificatesError.keyFileMissing(path: path) }
            throw CertificatesError.keyFileUnreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw CertificatesError.keyFileUnreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let mode = Int(info.st_mode) & 0o7777
        if mode & 0o077 != 0 {
            throw CertificatesError.keyTooOpen(path: path, mode: String(format: "0%03o", Int(mode)))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fd, &chunk, chunk.count)
            if count < 0 { throw CertificatesError.keyFileUnreadable(path: path, reason: String(cString: strerror(errno))) }
            if count == 0 { break }
            bytes += chunk[0..<count]
            if bytes.count > 65536 { throw CertificatesError.notAnEd25519Key(path: path) }
        }
        guard let key = try Ed25519PrivateKey.fromPEM(bytes) else { throw CertificatesError.notAnEd25519Key(path: path) }
        return key
    }

    /// Writes a new key file (mode 0600), creating its folder (0700); never replaces a file.
    package static func write(_ key: Ed25519PrivateKey, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try PrivateFile.createFolder(folder) }
        let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw CertificatesError.keyFileExists(path: path) }
            throw CertificatesError.keyFileNotWritable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        let pem = try key.pkcs8PEM()
        let written = pem.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        guard written == pem.count, fchmod(fd, 0o600) == 0, fsync(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw CertificatesError.keyFileNotWritable(path: path, reason: reason)
        }
    }
}
