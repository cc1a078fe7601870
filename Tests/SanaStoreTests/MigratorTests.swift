import Foundation
import GRDB
import SanaStore
import SanaTestSupport
import Testing

@Suite struct MigratorTests {
    let first = Migration(name: "0001_a.sql", sql: "CREATE TABLE a (x INTEGER);\n")
    let second = Migration(name: "0002_b.sql", sql: "CREATE TABLE b (y INTEGER);\n")

    @Test func freshStoreAppliesEveryShippedMigrationAndRecordsItsChecksum() throws {
        let test = try TestStore()
        let status = try test.store.status()
        #expect(status.migrations.map(\.name) == Migration.all.map(\.name))
        #expect(status.migrations.map(\.sha256) == Migration.all.map(\.sha256))
        #expect(status.schemaVersion == Migration.all.last?.version)
        #expect(status.tables.map(\.table).contains("learner"))
    }

    @Test func runningAgainIsANoOp() throws {
        let folder = TemporaryFolder()
        let path = folder.file("s.db")
        let migrator = Migrator(migrations: [first, second])
        #expect(try Store.initialize(at: path, migrator: migrator).applied == [first, second])
        #expect(try Store.initialize(at: path, migrator: migrator).applied == [])
        let applied = try Store.open(at: path, migrator: migrator).read { try migrator.applied($0) }
        #expect(applied.map(\.name) == ["0001_a.sql", "0002_b.sql"])
    }

    @Test func appliesOnlyWhatIsNew() throws {
        let folder = TemporaryFolder()
        let path = folder.file("s.db")
        _ = try Store.initialize(at: path, migrator: Migrator(migrations: [first]))
        #expect(throws: StoreError.outdated(path: path, version: 1, required: 2)) {
            try Store.open(at: path, migrator: Migrator(migrations: [first, second]))
        }
        #expect(try Store.initialize(at: path, migrator: Migrator(migrations: [first, second])).applied == [second])
    }

    @Test func editedMigrationIsRefused() throws {
        let folder = TemporaryFolder()
        let path = folder.file("s.db")
        _ = try Store.initialize(at: path, migrator: Migrator(migrations: [first]))
        let edited = Migration(name: first.name, sql: "CREATE TABLE a (x INTEGER, z TEXT);\n")
        let error = StoreError.changedMigration(path: path, name: "0001_a.sql")
        #expect(throws: error) { try Store.open(at: path, migrator: Migrator(migrations: [edited])) }
        #expect(throws: error) { try Store.initialize(at: path, migrator: Migrator(migrations: [edited])) }
        #expect(error.description == "store \(path) applied a different 0001_a.sql than this sana has: refusing a store whose history differs")
    }

    @Test func migrationFromANewerSanaIsRefused() throws {
        let folder = TemporaryFolder()
        let path = folder.file("s.db")
        _ = try Store.initialize(at: path, migrator: Migrator(migrations: [first, second]))
        let error = StoreError.unknownMigration(path: path, name: "0002_b.sql")
        #expect(throws: error) { try Store.open(at: path, migrator: Migrator(migrations: [first])) }
        #expect(error.description == "store \(path) has migration 0002_b.sql, unknown to this sana: it was made by a newer version")
    }

    @Test func aGapInTheHistoryIsRefused() throws {
        let folder = TemporaryFolder()
        let path = folder.file("s.db")
        _ = try Store.initialize(at: path, migrator: Migrator(migrations: [second]))
        #expect(throws: StoreError.missingMigration(path: path, name: "0001_a.sql")) {
            try Store.initialize(at: path, migrator: Migrator(migrations: [first, second]))
        }
    }

    @Test func aFailingMigrationLeavesNoTrace() throws {
        let folder = TemporaryFolder()
        let path = folder.file("s.db")
        let broken = Migration(name: "0002_broken.sql", sql: "CREATE TABLE c (x INTEGER);\nTHIS IS NOT SQL;\n")
        #expect(throws: StoreError.self) {
            try Store.initialize(at: path, migrator: Migrator(migrations: [first, broken]))
        }
        let store = try Store.initialize(at: path, migrator: Migrator(migrations: [first])).store
        #expect(try store.read { try $0.tableExists("c") } == false)
        #expect(try store.read { try Migrator().applied($0).map(\.name) } == ["0001_a.sql"])
    }

    /// The binary carries schema/: the generated source must equal the files byte for byte.
    @Test func embeddedSchemaMatchesTheSchemaFolder() throws {
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../schema").standardizedFileURL.path
        let files = try FileManager.default.contentsOfDirectory(atPath: schema).filter { $0.hasSuffix(".sql") }.sorted()
        #expect(files == Migration.all.map(\.name), "schema/ and the embedded schema differ: run scripts/gen-schema")
        for migration in Migration.all {
            let onDisk = try Data(contentsOf: URL(fileURLWithPath: schema + "/" + migration.name))
            #expect(Array(onDisk) == Array(migration.sql.utf8), "\(migration.name) drifted: run scripts/gen-schema")
        }
    }
}
