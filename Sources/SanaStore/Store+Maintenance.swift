import Foundation
import GRDB

extension Store {
    public func check() throws -> StoreCheck {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                StoreCheck.ForeignKeyViolation(table: row[0], rowid: row[1], parent: row[2])
            }
            return StoreCheck(integrity: integrity, foreignKeyViolations: violations)
        }
    }

    /// Copies the store with SQLite's online backup into a new file (mode 0600), consistent even
    /// while other processes write. Refuses to overwrite; leaves no partial file on failure.
    public func backup(to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination) {
            throw StoreError.fileExists(path: destination)
        }
        let partial = destination + ".partial-\(getpid())"
        try PrivateFile.createNew(partial)
        do {
            let target = try DatabaseQueue(path: partial)
            try translatingErrors { try pool.backup(to: target) }
            try target.close()
            if link(partial, destination) != 0 {
                let reason = errno == EEXIST ? nil : String(cString: strerror(errno))
                unlink(partial)
                if let reason { throw StoreError.cannotCreateFile(path: destination, reason: reason) }
                throw StoreError.fileExists(path: destination)
            }
            unlink(partial)
            try write { db in try AuditEntry.record(db, action: "db.backup", subject: destination) }
        } catch {
            unlink(partial)
            throw error
        }
    }
}
