import GRDB
import SanaStore
import Testing

/// The bulk loops' statements (`Statement+Binding.swift`): every bind checked, empty values kept
/// apart from NULL, and a statement run again after `clear()` with nothing left of the last run.
@Suite struct StatementBindingTests {
    @Test func aBindSQLiteRefusesThrowsInsteadOfKeepingTheLastValue() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT, b INTEGER)")
            let insert = try db.makeStatement(sql: "INSERT INTO t (a, b) VALUES (?, ?)")
            try insert.bind(1, "x")
            #expect {
                try insert.bind(3, 7 as Int64?)
            } throws: { error in
                (error as? DatabaseError)?.message == "cannot bind parameter 3 of 2: column index out of range"
                    && (error as? DatabaseError)?.sql == "INSERT INTO t (a, b) VALUES (?, ?)"
            }
        }
    }

    @Test func emptyTextAndEmptyBlobAreNotNullAndNilIs() throws {
        let queue = try DatabaseQueue()
        let rows = try queue.write { db -> [Row] in
            try db.execute(sql: "CREATE TABLE t (a TEXT, b BLOB, c INTEGER, d TEXT)")
            let insert = try db.makeStatement(sql: "INSERT INTO t VALUES (?, ?, ?, ?)")
            try insert.bind(1, "")
            try insert.bind(2, blob: [])
            try insert.bind(3, nil as Int64?)
            try insert.bind(4, utf8: [])
            try insert.run()
            try insert.bind(1, "Әлия")
            try insert.bind(4, utf8: Array("Ұлан".utf8))
            try insert.run()
            return try Row.fetchAll(db, sql: "SELECT typeof(a), a, typeof(b), length(b), typeof(c), typeof(d), d FROM t ORDER BY rowid")
        }
        #expect(rows[0] == ["typeof(a)": "text", "a": "", "typeof(b)": "blob", "length(b)": 0, "typeof(c)": "null", "typeof(d)": "text", "d": ""])
        // run() cleared the first row's bindings: what was not bound again is NULL.
        #expect(rows[1] == ["typeof(a)": "text", "a": "Әлия", "typeof(b)": "null", "length(b)": nil, "typeof(c)": "null", "typeof(d)": "text", "d": "Ұлан"])
    }

    @Test func stepReadsColumnsAndAFailedStepNamesTheStatement() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT UNIQUE, n INTEGER, x REAL); INSERT INTO t VALUES ('Қ', 5, 0.5)")
            let scan = try db.makeStatement(sql: "SELECT a, n, x, NULL FROM t")
            #expect(try scan.step())
            #expect(scan.text(0) == "Қ")
            #expect(scan.int64(1) == 5)
            #expect(scan.double(2) == 0.5)
            #expect(scan.int64(3) == nil && scan.text(3) == nil)
            #expect(scan.withBytes(0) { $0.map { Array($0) } } == Array("Қ".utf8))
            #expect(try !scan.step())
            scan.clear()
            let insert = try db.makeStatement(sql: "INSERT INTO t (a) VALUES (?)")
            try insert.bind(1, "Қ")
            #expect {
                try insert.run()
            } throws: { error in
                (error as? DatabaseError)?.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE
            }
        }
    }
}
