import Foundation
import SanaConcurrency
import ZIPFoundation

/// A OneRoster .zip read in process, never unpacked to disk: at most `maxFiles` entries, at most
/// `maxBytes` decompressed from the entries sana reads, all together (a zip bomb stops there, with
/// nothing written anywhere), and each entry's CRC-32 checked. Entries are found by file name
/// wherever they sit in the zip (some SIS exports put them in a folder). Extraction runs on one
/// thread at a time (`ZipEntryInput` reads an entry to its end before the next is opened).
final class OneRosterZip: @unchecked Sendable {
    /// A OneRoster 1.1 CSV package has at most 14 files.
    static let maxFiles = 100
    /// A million students' package is a few hundred megabytes.
    static let maxBytes: Int64 = 1 << 30

    let path: String
    let maxBytes: Int64
    private let archive: Archive
    private let entries: [String: Entry]
    private let lock = NSLock()
    private var unpacked: Int64 = 0

    init(path: String, maxFiles: Int = OneRosterZip.maxFiles, maxBytes: Int64 = OneRosterZip.maxBytes) throws(RosterError) {
        self.path = path
        self.maxBytes = maxBytes
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .cannotRead(path: path, reason: "not a readable zip archive")
        }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            if count > maxFiles { throw .archiveTooManyFiles(path: path, limit: maxFiles) }
            guard entry.type == .file, !entry.path.hasPrefix("__MACOSX/") else { continue }
            let name = (entry.path as NSString).lastPathComponent
            if let other = entries[name] {
                throw .oneRoster(path: path, message: "holds \(name) twice (\(other.path) and \(entry.path)): keep one")
            }
            entries[name] = entry
        }
        self.entries = entries
    }

    func has(_ name: String) -> Bool {
        entries[name] != nil
    }

    /// How messages name an entry: not a path, since none exists on disk.
    func name(of entry: String) -> String {
        "\(path) (\(entry))"
    }

    /// The entry's size as the zip states it (for progress only: a zip may lie).
    func statedSize(of name: String) -> Int64 {
        entries[name].map { Int64(clamping: $0.uncompressedSize) } ?? 0
    }

    /// Decompresses entry `name` into `chunks`, on the calling thread, until its end, the budget's,
    /// or until the reader closes `chunks`.
    func extract(_ name: String, into chunks: BoundedQueue<[UInt8]>) throws(RosterError) {
        guard let entry = entries[name] else { throw .oneRoster(path: path, message: "has no \(name)") }
        enum Stop: Error { case overBudget, readerGone }
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, bufferSize: 1 << 18) { data in
                guard self.spend(data.count) else { throw Stop.overBudget }
                guard chunks.push([UInt8](data)) else { throw Stop.readerGone }
            }
        } catch Stop.overBudget {
            throw .archiveTooLarge(path: path, limit: maxBytes)
        } catch Stop.readerGone {
            return
        } catch {
            throw .cannotRead(path: self.name(of: name), reason: "the zip entry is damaged")
        }
        if checksum != entry.checksum {
            throw .cannotRead(path: self.name(of: name), reason: "the zip entry is damaged (its CRC-32 does not match)")
        }
    }

    private func spend(_ bytes: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        unpacked += Int64(bytes)
        return unpacked <= maxBytes
    }
}
