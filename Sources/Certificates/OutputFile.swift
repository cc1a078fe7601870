import Foundation
import SanaStore

/// Files sana writes for people and verifiers, and the small files it reads from them.
package enum OutputFile {
    /// The largest certificate, trust file or status list sana reads (a status list of 131,072
    /// entries is ~25 KB; a trust file with many keys a few KB).
    package static let readLimit = 4 << 20

    /// Writes a new file (never replacing one, never partly written: an `AtomicFile`).
    package static func writeNew(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o644) throws {
        let file = try AtomicFile(path: path, mode: mode, existing: .refuse)
        try file.write(bytes)
        try file.commit()
    }

    /// A small text file a user named: a clear error for a missing file, a folder, a device, or a
    /// file too large to be what sana expects; a leading byte-order mark is dropped.
    package static func read(_ path: String) throws -> String {
        var bytes = try InputFile.read(path, limit: readLimit)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
