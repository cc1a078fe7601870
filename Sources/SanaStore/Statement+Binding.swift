import GRDB
import GRDBSQLite

/// Binding and stepping a GRDB `Statement` through SQLite's C API, for bulk loops (the roster
/// import's hot path, certificate runs, item analysis), where GRDB's argument handling costs more
/// than the statement itself. Every bind is checked: a parameter SQLite does not have, or a value
/// it refuses, throws instead of leaving the previous value bound. Use a statement only inside the
/// `Database` access it was made in (`db.makeStatement(sql:)`), and run it with `run()` (GRDB's
/// `execute()` would rebind GRDB's own arguments over these).
extension Statement {
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Clears the previous run's state and bindings.
    package func clear() {
        sqlite3_reset(sqliteStatement)
        sqlite3_clear_bindings(sqliteStatement)
    }

    /// Binds text (nil binds NULL); parameters are numbered from 1.
    package func bind(_ index: Int32, _ value: String?) throws {
        guard var text = value else { return try check(sqlite3_bind_null(sqliteStatement, index), index) }
        try text.withUTF8 { try bindText(index, UnsafeRawBufferPointer($0)) }
    }

    /// Binds UTF-8 bytes as text.
    package func bind(_ index: Int32, utf8 bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try bindText(index, $0) }
    }

    /// Binds bytes as a blob (nil binds NULL).
    package func bind(_ index: Int32, blob bytes: [UInt8]?) throws {
        guard let bytes else { return try check(sqlite3_bind_null(sqliteStatement, index), index) }
        try bytes.withUnsafeBytes { buffer in
            if let start = buffer.baseAddress, !buffer.isEmpty {
                try check(sqlite3_bind_blob(sqliteStatement, index, start, Int32(buffer.count), Statement.transient), index)
            } else {
                try check(sqlite3_bind_zeroblob(sqliteStatement, index, 0), index)
            }
        }
    }

    package func bind(_ index: Int32, _ value: Int64?) throws {
        guard let value else { return try check(sqlite3_bind_null(sqliteStatement, index), index) }
        try check(sqlite3_bind_int64(sqliteStatement, index, value), index)
    }

    /// Steps once: true when a row is available.
    package func step() throws -> Bool {
        switch sqlite3_step(sqliteStatement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw failure()
        }
    }

    /// Runs the statement to completion and clears it for the next run.
    package func run() throws {
        defer { clear() }
        while try step() {}
    }

    package func text(_ column: Int32) -> String? {
        guard sqlite3_column_type(sqliteStatement, column) != SQLITE_NULL, let bytes = sqlite3_column_text(sqliteStatement, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(sqliteStatement, column))), as: UTF8.self)
    }

    /// The bytes of a text column, valid until the next step or clear; nil for NULL.
    package func withBytes<T>(_ column: Int32, _ body: (UnsafeRawBufferPointer?) -> T) -> T {
        // sqlite3_column_text answers NULL for NULL (and "" for an empty text): no need to ask the type first.
        guard let bytes = sqlite3_column_text(sqliteStatement, column) else { return body(nil) }
        return body(UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(sqliteStatement, column))))
    }

    package func int64(_ column: Int32) -> Int64? {
        sqlite3_column_type(sqliteStatement, column) == SQLITE_NULL ? nil : sqlite3_column_int64(sqliteStatement, column)
    }

    package func double(_ column: Int32) -> Double? {
        sqlite3_column_type(sqliteStatement, column) == SQLITE_NULL ? nil : sqlite3_column_double(sqliteStatement, column)
    }

    private func bindText(_ index: Int32, _ bytes: UnsafeRawBufferPointer) throws {
        // An empty text must bind as '' (not NULL): SQLite wants a non-null pointer for that.
        if let start = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) {
            try check(sqlite3_bind_text(sqliteStatement, index, start, Int32(bytes.count), Statement.transient), index)
        } else {
            try check(sqlite3_bind_text(sqliteStatement, index, "", 0, Statement.transient), index)
        }
    }

    private func check(_ code: Int32, _ index: Int32) throws {
        guard code != SQLITE_OK else { return }
        throw DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: "cannot bind parameter \(index) of \(sqlite3_bind_parameter_count(sqliteStatement)): \(String(cString: sqlite3_errstr(code)))", sql: sql)
    }

    private func failure() -> DatabaseError {
        let connection = sqlite3_db_handle(sqliteStatement)
        return DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
}
