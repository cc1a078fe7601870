import Foundation
import GRDB
import GRDBSQLite
import SanaStore
import SanaTestSupport
import Testing

@Suite struct StoreTests {
    @Test func locationPrefersOptionThenEnvironmentThenXDGThenHome() {
        let env = ["SANA_DB": "/env/s.db", "XDG_DATA_HOME": "/xdg", "HOME": "/home/u"]
        #expect(StoreLocation.resolve(explicit: "/opt/s.db", environment: env) == "/opt/s.db")
        #expect(StoreLocation.resolve(explicit: nil, environment: env) == "/env/s.db")
        #expect(StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/u"]) == "/xdg/sana/sana.db")
        #expect(StoreLocation.resolve(explicit: nil, environment: ["HOME": "/home/u"]) == "/home/u/.local/share/sana/sana.db")
        // XDG requires an absolute path; a relative one is ignored as the spec says.
        #expect(StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/u"]) == "/home/u/.local/share/sana/sana.db")
    }

    /// SQLite's memory statistics take a global mutex on every allocation: they are turned off
    /// before the library starts, so a store's work leaves the counter at zero.
    @Test func sqliteKeepsNoMemoryStatistics() throws {
        let store = try TestStore()
        try store.store.write { db in
            try db.execute(sql: "CREATE TEMP TABLE t (x); INSERT INTO t VALUES (randomblob(100000))")
        }
        #expect(Store.sqliteTuned)
        #expect(sqlite3_memory_used() == 0)
    }

    @Test func createsPrivateFolderAndFile() throws {
        let folder = TemporaryFolder()
        let path = folder.file("a/b/sana.db")
        _ = try Store.initialize(at: path)
        #expect(try mode(folder.file("a")) == 0o700)
        #expect(try mode(folder.file("a/b")) == 0o700)
        #expect(try mode(path) == 0o600)
    }

    @Test func connectionIsConfigured() throws {
        let test = try TestStore()
        let (journal, synchronous, foreignKeys) = try test.store.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try Int.fetchOne(db, sql: "PRAGMA synchronous"),
                try Int.fetchOne(db, sql: "PRAGMA foreign_keys")
            )
        }
        #expect(journal == "wal")
        #expect(synchronous == 1)  // NORMAL
        #expect(foreignKeys == 1)
    }

    @Test func newStoreHasLargePagesAndAnOlderOneKeepsItsOwn() throws {
        let test = try TestStore()
        #expect(try test.store.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == Store.pageSize)

        let folder = TemporaryFolder()
        let path = folder.file("older.db")
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL")
        }
        let (older, _) = try Store.initialize(at: path)
        #expect(try older.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 4096)
        #expect(try older.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM learner") } == 0)
    }

    @Test func missingStoreIsNotCreatedByOpen() throws {
        let folder = TemporaryFolder()
        let path = folder.file("none/s.db")
        #expect(throws: StoreError.noStore(path: path)) { try Store.open(at: path) }
        #expect(!FileManager.default.fileExists(atPath: folder.file("none")))
    }

    @Test func folderUnderAFileIsACleanError() throws {
        let folder = TemporaryFolder()
        let file = try folder.write("plain.txt", "hello\n")
        #expect(throws: StoreError.cannotCreateFolder(path: file, reason: "a file of that name exists")) {
            try Store.initialize(at: file + "/s.db")
        }
    }

    @Test(.enabled(if: getuid() != 0, "root writes anywhere"))
    func unwritableFolderIsACleanError() throws {
        let folder = TemporaryFolder()
        let locked = folder.file("ro")
        mkdir(locked, 0o500)
        #expect(throws: StoreError.cannotCreateFile(path: locked + "/s.db", reason: "Permission denied")) {
            try Store.initialize(at: locked + "/s.db")
        }
    }

    @Test func notADatabaseIsRefused() throws {
        let folder = TemporaryFolder()
        let path = try folder.write("notes.db", String(repeating: "not sqlite at all\n", count: 100))
        #expect(throws: StoreError.notADatabase(path: path)) { try Store.open(at: path) }
        #expect(throws: StoreError.notADatabase(path: path)) { try Store.initialize(at: path) }
    }

    @Test func foreignSQLiteDatabaseIsRefused() throws {
        let folder = TemporaryFolder()
        let path = folder.file("other.db")
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE photos (id INTEGER)") }
        #expect(throws: StoreError.notASanaStore(path: path, tables: ["photos"])) { try Store.initialize(at: path) }
        #expect(throws: StoreError.notASanaStore(path: path, tables: ["photos"])) { try Store.open(at: path) }
        // Refused untouched: still in its own journal mode, not switched to WAL.
        #expect(try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "delete")
    }

    @Test func lockedStoreFailsAfterTheBusyTimeout() throws {
        let folder = TemporaryFolder()
        let path = folder.file("s.db")
        _ = try Store.initialize(at: path)
        let holder = try LockHolder(path: path)
        let started = Date()
        #expect(throws: StoreError.locked(path: path, seconds: 3)) { _ = try Store.open(at: path, busyTimeout: 3).status() }
        #expect(Date().timeIntervalSince(started) >= 2.5, "sana must wait the busy timeout before giving up")
        holder.release()
        #expect(try Store.open(at: path).check().isHealthy)
    }

    @Test func schemaKeepsLeadingZerosAndEnforcesConstraints() throws {
        let test = try TestStore()
        try test.store.write { db in
            try db.execute(sql: """
                INSERT INTO learner (iin, last_name, first_name, subject_uuid, created_at, updated_at)
                VALUES ('010101500012', 'Әбілқасымова', 'Айгерім', '00000000-0000-4000-8000-000000000001', 'now', 'now')
                """)
        }
        #expect(try test.store.read { try String.fetchOne($0, sql: "SELECT iin FROM learner") } == "010101500012")
        for (iin, why) in [("10101500012", "11 digits"), ("01010150001X", "a letter")] {
            #expect(throws: StoreError.self, "\(why) must be refused") {
                try test.store.write { db in
                    try db.execute(sql: """
                        INSERT INTO learner (iin, last_name, first_name, subject_uuid, created_at, updated_at)
                        VALUES (?, 'A', 'B', '00000000-0000-4000-8000-000000000002', 'now', 'now')
                        """, arguments: [iin])
                }
            }
        }
        #expect(throws: StoreError.self, "an enrollment in a missing course must be refused") {
            try test.store.write { db in
                try db.execute(sql: "INSERT INTO enrollment (learner_id, course_id, enrolled_at, updated_at) VALUES (1, 'nope', 'now', 'now')")
            }
        }
    }

    @Test func backupIsAConsistentPrivateCopyAndNeverOverwrites() throws {
        let test = try TestStore()
        try test.store.write { try AuditEntry.record($0, action: "test.marker", subject: "х") }
        let out = test.folder.file("copy.db")
        let bytes = try test.store.backup(to: out)
        #expect(try mode(out) == 0o600)
        #expect(bytes == (try FileManager.default.attributesOfItem(atPath: out)[.size] as? Int))
        let copy = try Store.open(at: out)
        #expect(try copy.read { try String.fetchOne($0, sql: "SELECT subject FROM audit_log WHERE action = 'test.marker'") } == "х")
        #expect(try copy.check().isHealthy)
        #expect(throws: StoreError.fileExists(path: out)) { try test.store.backup(to: out) }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: test.folder.path).filter { $0.contains("partial") }
        #expect(leftovers.isEmpty)
    }

    @Test func checkFindsForeignKeyViolations() throws {
        let test = try TestStore()
        try test.store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "INSERT INTO cohort (institution_id, name, created_at) VALUES (42, 'ghost', 'now')")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        let check = try test.store.check()
        #expect(!check.isHealthy)
        #expect(check.foreignKeyViolations.map(\.table) == ["cohort"])
        #expect(check.foreignKeyViolations.map(\.parent) == ["institution"])
    }

    private func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int ?? 0) & 0o777
    }
}
