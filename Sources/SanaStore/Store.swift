import CSQLiteTuning
import Foundation
import GRDB

/// The one SQLite store: WAL, synchronous NORMAL, foreign keys on, a busy timeout so that
/// concurrent `sana` processes wait for each other instead of failing.
package final class Store: Sendable {
    /// How long a command waits for another process's write (a roster import holds the store for
    /// its whole file) before giving up: 30 s, or `$SANA_BUSY_TIMEOUT` seconds (at least 1).
    package static let defaultBusyTimeout: Int = {
        let configured = ProcessInfo.processInfo.environment["SANA_BUSY_TIMEOUT"].flatMap(Int.init) ?? 30
        return max(1, configured)
    }()

    /// Absolute path of the database file.
    package let path: String
    /// Seconds this store's connections wait for another process's write.
    package let busyTimeout: Int
    /// GRDB's connection pool; domain modules reach it through `read` and `write`.
    package let pool: DatabasePool

    private init(path: String, pool: DatabasePool, busyTimeout: Int) {
        self.path = path
        self.pool = pool
        self.busyTimeout = busyTimeout
    }

    /// Opens an existing store whose schema is current. A `readOnly` store never writes, not even
    /// SQLite's bookkeeping, so it opens on a full disk, a read-only file or a read-only mount.
    /// `cacheKiB` caps each connection's page cache (SQLite's default is 2 MB a connection): a
    /// long-lived exam session reads a few hundred KB and is one of a thousand on a machine.
    package static func open(
        at path: String, readOnly: Bool = false, cacheKiB: Int? = nil, migrator: Migrator = Migrator(), busyTimeout: Int = defaultBusyTimeout
    ) throws -> Store {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw StoreError.noStore(path: path)
        }
        guard FileKind(mode: info.st_mode) == .file else {
            throw StoreError.notARegularFile(path: path, kind: FileKind(mode: info.st_mode))
        }
        if info.st_size == 0 { throw StoreError.emptyStore(path: path) }
        let store: Store
        if readOnly {
            store = try connectReadOnly(path: path, busyTimeout: busyTimeout)
        } else {
            try refuseReadOnlyMode(info, path: path)
            try refuseForeignDatabase(at: path, busyTimeout: busyTimeout)
            store = try connect(path: path, busyTimeout: busyTimeout, cacheKiB: cacheKiB)
        }
        let (version, pending) = try store.read { db -> (Int, [Migration]) in
            let pending = try migrator.pending(db, path: path)
            return (try migrator.applied(db).last?.version ?? 0, pending)
        }
        if !pending.isEmpty {
            throw StoreError.outdated(path: path, version: version, required: migrator.latestVersion)
        }
        return store
    }

    /// Creates the store (folder 0700, file 0600) or migrates an existing one.
    /// Returns the store and the migrations applied by this call.
    package static func initialize(
        at path: String, migrator: Migrator = Migrator(), busyTimeout: Int = defaultBusyTimeout
    ) throws -> (store: Store, applied: [Migration]) {
        let folder = (path as NSString).deletingLastPathComponent
        try PrivateFile.createFolder(folder)
        try PrivateFile.createEmpty(path)
        var info = stat()
        if stat(path, &info) == 0 { try refuseReadOnlyMode(info, path: path) }
        try refuseForeignDatabase(at: path, busyTimeout: busyTimeout)
        let store = try connect(path: path, busyTimeout: busyTimeout)
        let applied = try store.translatingErrors {
            try migrator.migrate(store.pool, path: path) { Timestamp.string(from: Date()) }
        }
        return (store, applied)
    }

    /// A store nobody may write (mode 0444: made read-only on purpose, e.g. an archived semester)
    /// is not written, not even by root, whom the kernel would let write it.
    private static func refuseReadOnlyMode(_ info: stat, path: String) throws {
        if info.st_mode & 0o222 == 0 { throw StoreError.readOnly(path: path) }
    }

    package func read<T>(_ body: (Database) throws -> T) throws -> T {
        try translatingErrors { try pool.read(body) }
    }

    package func write<T>(_ body: (Database) throws -> T) throws -> T {
        try translatingErrors { try pool.write(body) }
    }

    /// Runs `body`, turning SQLite's errors into `StoreError`s that name this store.
    package func translatingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw Store.translate(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Checkpoints the write-ahead log into the store and truncates it to nothing, best effort
    /// (it waits for no reader): after a big write failed, its log no longer holds the disk.
    package func truncateLog() {
        _ = try? pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
    }

    /// The page size of a new store.
    package static let pageSize = 16384

    /// Whether SQLite's process-wide tuning took (see sana_sqlite_tuning.h): memory statistics off.
    package static var sqliteTuned: Bool {
        sana_sqlite_memstatus_result() == 0
    }

    private static func connect(path: String, busyTimeout: Int, readOnly: Bool = false, uri: String? = nil, cacheKiB: Int? = nil) throws -> Store {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = BusyWait(seconds: busyTimeout).mode
        configuration.label = "sana"
        configuration.readonly = readOnly
        if !readOnly {
            configuration.prepareDatabase { db in
                // 16 KB pages: a roster import writes ~15% faster than with 4 KB. It takes effect only
                // on a new, empty store (before WAL is on); an existing store keeps its page size.
                // After a checkpoint the write-ahead log shrinks back to 64 MB at most: a failed
                // million-row import must not leave ~400 MB of log filling the disk.
                try db.execute(sql: "PRAGMA page_size = \(pageSize); PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = 67108864")
                if let cacheKiB { try db.execute(sql: "PRAGMA cache_size = -\(cacheKiB)") }
            }
        }
        do {
            let pool = try DatabasePool(path: uri ?? path, configuration: configuration)
            return Store(path: path, pool: pool, busyTimeout: busyTimeout)
        } catch let error as DatabaseError {
            throw translate(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// A read-only connection, checked to be a sana store. When SQLite cannot open it because the
    /// WAL's shared-memory file cannot be made (a read-only mount, a full disk) and no write-ahead
    /// log is pending, the file is complete on its own and opens as immutable.
    private static func connectReadOnly(path: String, busyTimeout: Int) throws -> Store {
        do {
            try refuseForeignDatabase(at: path, busyTimeout: busyTimeout)
            let store = try connect(path: path, busyTimeout: busyTimeout, readOnly: true)
            _ = try store.read { try $0.tableExists(AppliedMigration.databaseTableName) }
            return store
        } catch let error as StoreError {
            guard case .sqlite = error else { throw error }
            var wal = stat()
            if stat(path + "-wal", &wal) == 0 && wal.st_size > 0 { throw StoreError.readOnlyStoreIsBusy(path: path) }
            var components = URLComponents()
            components.scheme = "file"
            components.path = path
            components.queryItems = [URLQueryItem(name: "immutable", value: "1")]
            guard let uri = components.string else { throw error }
            return try connect(path: path, busyTimeout: busyTimeout, readOnly: true, uri: uri)
        }
    }

    /// Looks through a read-only connection first, so that a file which is not a sana store
    /// is refused untouched (the pool would switch it to WAL).
    private static func refuseForeignDatabase(at path: String, busyTimeout: Int) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = BusyWait(seconds: busyTimeout).mode
        do {
            let tables = try DatabaseQueue(path: path, configuration: configuration).read { db -> [String]? in
                if try db.tableExists(AppliedMigration.databaseTableName) { return nil }
                return try String.fetchAll(db, sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                    """)
            }
            if let tables, !tables.isEmpty {
                throw StoreError.notASanaStore(path: path, tables: tables)
            }
        } catch let error as DatabaseError {
            throw translate(error, path: path, busyTimeout: busyTimeout)
        }
    }

    static func translate(_ error: DatabaseError, path: String, busyTimeout: Int) -> Error {
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError.notADatabase(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError.locked(path: path, seconds: busyTimeout)
        case .SQLITE_READONLY:
            return StoreError.readOnly(path: path)
        default:
            return StoreError.sqlite(path: path, code: error.extendedResultCode.rawValue, message: error.message ?? "\(error.resultCode)", statement: error.sql)
        }
    }
}
