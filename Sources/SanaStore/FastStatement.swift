import GRDB
import GRDBSQLite

/// A prepared statement driven through SQLite's C API, for bulk loops (the roster import's
/// hot path), where GRDB's argument handling costs more than the statement itself.
/// Use only inside the `Database` access it was made in.
public final class FastStatement {
    private var handle: OpaquePointer?
    private let connection: OpaquePointer?
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    public init(_ db: Database, sql: String) throws {
        connection = db.sqliteConnection
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Clears the previous run's state and bindings.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds text (nil binds NULL); parameters are numbered from 1.
    public func bind(_ index: Int32, _ value: String?) {
        guard var text = value else {
            sqlite3_bind_null(handle, index)
            return
        }
        text.withUTF8 { bytes in
            let start = UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self)
            // An empty string must bind as '' (not NULL): SQLite wants a non-null pointer for that.
            if let start {
                _ = sqlite3_bind_text(handle, index, start, Int32(bytes.count), FastStatement.transient)
            } else {
                _ = sqlite3_bind_text(handle, index, "", 0, FastStatement.transient)
            }
        }
    }

    /// Binds UTF-8 bytes as text.
    public func bind(_ index: Int32, utf8 bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            // An empty text must bind as '' (not NULL): SQLite wants a non-null pointer for that.
            if let start = UnsafeRawPointer(buffer.baseAddress)?.assumingMemoryBound(to: CChar.self) {
                _ = sqlite3_bind_text(handle, index, start, Int32(buffer.count), FastStatement.transient)
            } else {
                _ = sqlite3_bind_text(handle, index, "", 0, FastStatement.transient)
            }
        }
    }

    /// Binds bytes as a blob (nil binds NULL).
    public func bind(_ index: Int32, blob bytes: [UInt8]?) {
        guard let bytes else {
            sqlite3_bind_null(handle, index)
            return
        }
        bytes.withUnsafeBytes { buffer in
            if let start = buffer.baseAddress, !buffer.isEmpty {
                _ = sqlite3_bind_blob(handle, index, start, Int32(buffer.count), FastStatement.transient)
            } else {
                _ = sqlite3_bind_zeroblob(handle, index, 0)
            }
        }
    }

    public func bind(_ index: Int32, _ value: Int64?) {
        guard let value else {
            sqlite3_bind_null(handle, index)
            return
        }
        sqlite3_bind_int64(handle, index, value)
    }

    /// Steps once: true when a row is available.
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            throw DatabaseError(
                resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
                message: String(cString: sqlite3_errmsg(connection)), sql: sqlite3_sql(handle).map { String(cString: $0) })
        }
    }

    /// Runs the statement to completion and resets it.
    public func execute() throws {
        defer { reset() }
        while try step() {}
    }

    public func text(_ column: Int32) -> String? {
        guard sqlite3_column_type(handle, column) != SQLITE_NULL, let bytes = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func rawBytes(_ column: Int32) -> UnsafeRawBufferPointer? {
        // sqlite3_column_text answers NULL for NULL (and "" for an empty text): no need to ask the type first.
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        return UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column)))
    }

    public func int64(_ column: Int32) -> Int64? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, column)
    }

    public func double(_ column: Int32) -> Double? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_double(handle, column)
    }

    /// The rowid of the last insert on this connection.
    public var lastInsertedRowID: Int64 {
        sqlite3_last_insert_rowid(connection)
    }
}

extension FastStatement {
    /// The bytes of a text column, valid until the next step or reset; nil for NULL.
    public func withBytes<T>(_ column: Int32, _ body: (UnsafeRawBufferPointer?) -> T) -> T {
        body(rawBytes(column))
    }
}
