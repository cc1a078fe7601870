import CSQLiteTuning
import Foundation
import GRDB

/// The one SQLite store: WAL, synchronous NORMAL, foreign keys on, a busy timeout so that
/// concurrent `sana` processes wait for each other instead of failing.
public final class Store: Sendable {
    public static let busyTimeoutSeconds = 5

    /// Absolute path of the database file.
    public let path: String
    /// GRDB's connection pool; domain modules reach it through `read` and `write`.
    public let pool: DatabasePool

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// Opens an existing store whose schema is current.
    public static func open(at path: String, migrator: Migrator = Migrator()) throws -> Store {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError.noStore(path: path)
        }
        try refuseForeignDatabase(at: path)
        let store = try connect(path: path)
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
    public static func initialize(at path: String, migrator: Migrator = Migrator()) throws -> (store: Store, applied: [Migration]) {
        let folder = (path as NSString).deletingLastPathComponent
        try PrivateFile.createFolder(folder)
        try PrivateFile.createEmpty(path)
        try refuseForeignDatabase(at: path)
        let store = try connect(path: path)
        let applied = try store.translatingErrors {
            try migrator.migrate(store.pool, path: path) { Timestamp.string(from: Date()) }
        }
        return (store, applied)
    }

    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try translatingErrors { try pool.read(body) }
    }

    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        try translatingErrors { try pool.write(body) }
    }

    /// Runs `body`, turning SQLite's errors into `StoreError`s that name this store.
    public func translatingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw Store.translate(error, path: path)
        }
    }

    /// Made once, before SQLite's first use in the process.
    private static let tuned: Void = {
        _ = sana_sqlite_disable_memstatus()
    }()

    private static func connect(path: String) throws -> Store {
        _ = tuned
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(TimeInterval(busyTimeoutSeconds))
        configuration.label = "sana"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            return Store(path: path, pool: pool)
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
    }

    /// Looks through a read-only connection first, so that a file which is not a sana store
    /// is refused untouched (the pool would switch it to WAL).
    private static func refuseForeignDatabase(at path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(TimeInterval(busyTimeoutSeconds))
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
            throw translate(error, path: path)
        }
    }

    static func translate(_ error: DatabaseError, path: String) -> Error {
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError.notADatabase(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError.locked(path: path, seconds: busyTimeoutSeconds)
        case .SQLITE_READONLY:
            return StoreError.readOnly(path: path)
        default:
            return StoreError.sqlite(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }
}
