import GRDBSQLite

/// Another process's view of the store: a raw SQLite connection holding an exclusive lock
/// until `release()`, so tests can see what sana does when the store is busy.
package final class LockHolder {
    private var connection: OpaquePointer?

    package init(path: String) throws {
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else {
            throw LockError(message: "cannot open \(path)")
        }
        let sql = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM sqlite_master;"
        guard sqlite3_exec(connection, sql, nil, nil, nil) == SQLITE_OK else {
            throw LockError(message: String(cString: sqlite3_errmsg(connection)))
        }
    }

    package func release() {
        sqlite3_exec(connection, "ROLLBACK", nil, nil, nil)
        sqlite3_close(connection)
        connection = nil
    }

    deinit {
        if connection != nil { release() }
    }

    /// True while another connection holds the store's write lock (a write transaction is open).
    package static func isWriteLocked(path: String) -> Bool {
        var connection: OpaquePointer?
        defer { sqlite3_close(connection) }
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else { return false }
        let code = sqlite3_exec(connection, "BEGIN IMMEDIATE", nil, nil, nil)
        if code == SQLITE_OK {
            sqlite3_exec(connection, "ROLLBACK", nil, nil, nil)
            return false
        }
        return code == SQLITE_BUSY
    }

    package struct LockError: Error {
        package let message: String
    }
}
