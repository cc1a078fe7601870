import Foundation
import GRDB

extension Store {
    package func check() throws -> StoreCheck {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                StoreCheck.ForeignKeyViolation(table: row[0], rowid: row[1], parent: row[2])
            }
            return StoreCheck(integrity: integrity, foreignKeyViolations: violations)
        }
    }

    /// Copies the store with SQLite's online backup into a new file (mode 0600), consistent even
    /// while other processes write, and returns its size in bytes. Refuses to overwrite or to write
    /// anything but a new regular file; leaves no partial file on failure. Writes nothing to the
    /// store itself, so a read-only store can be backed up (the caller records the audit entry).
    package func backup(to destination: String) throws -> Int {
        try AtomicFile.checkTarget(destination, existing: .refuse)
        let folder = (destination as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreError.cannotWrite(path: destination, reason: "folder \(folder) does not exist")
        }
        let partial = destination + ".partial-" + String(UInt32.random(in: .min ... .max), radix: 16)
        try PrivateFile.createNew(partial)
        defer { unlink(partial) }
        do {
            let target = try DatabaseQueue(path: partial)
            try pool.backup(to: target)
            try target.close()
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_FULL || error.resultCode == .SQLITE_IOERR {
                throw StoreError.cannotWrite(path: destination, reason: error.resultCode == .SQLITE_FULL ? "the disk is full" : error.message ?? "I/O error")
            }
            throw Store.translate(error, path: path, busyTimeout: busyTimeout)
        }
        let descriptor = Foundation.open(partial, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        guard link(partial, destination) == 0 else {
            throw errno == EEXIST ? StoreError.fileExists(path: destination) : StoreError.cannotWrite(path: destination, reason: AtomicFile.reason(errno))
        }
        AtomicFile.syncFolder(of: destination)
        var info = stat()
        return stat(destination, &info) == 0 ? Int(info.st_size) : 0
    }
}
