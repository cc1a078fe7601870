import GRDB
import GRDBSQLite

extension Database {
    /// Whether this connection holds the store's write lock (a write transaction on `main`): then
    /// no other connection can commit until it ends, and a reader opened meanwhile sees what it sees.
    package var holdsWriteLock: Bool {
        sqlite3_txn_state(sqliteConnection, "main") == SQLITE_TXN_WRITE
    }
}
