import Foundation
import GRDB
import SanaTestSupport
import Testing

/// `sana init` and `sana db ...`, run through the built binary from a temporary working directory.
@Suite struct StoreCommandsTests {
    let sana = SanaBinary.built

    /// The schema files in the repository (each feature adds its numbered file).
    static let schemaFiles: [String] = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent("schema").path)) ?? []
        return names.filter { $0.hasSuffix(".sql") }.sorted()
    }()

    @Test func initThenStatusFromAnyDirectory() throws {
        let work = TemporaryFolder()
        let db = work.file("x/s.db")
        let files = StoreCommandsTests.schemaFiles
        let version = Int(files.last!.prefix { $0.isNumber })!
        let initResult = try sana.run(["init", "--db", db], in: work.path)
        #expect(initResult.status == 0, "\(initResult.stderr)")
        #expect(initResult.stdout == "store \(db): applied \(files.joined(separator: ", "))\nschema version \(version)\n")

        let again = try sana.run(["init", "--db", db], in: "/")
        #expect(again.stdout == "store \(db) is up to date\nschema version \(version)\n")

        let status = try sana.run(["db", "status", "--db", db, "--json"], in: "/")
        #expect(status.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any]
        #expect(json?["path"] as? String == db)
        #expect(json?["schema_version"] as? Int == version)
        let migrations = json?["migrations"] as? [[String: Any]]
        #expect(migrations?.compactMap { $0["name"] as? String } == files)
        let tables = json?["tables"] as? [[String: Any]]
        #expect(tables?.first { $0["table"] as? String == "audit_log" }?["rows"] as? Int == 1)
    }

    /// The admin reads `db status` in their language (`--lang`, else `$LANG`), times in the
    /// store's zone with the zone named.
    @Test func statusSpeaksTheAdminsLanguage() throws {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        #expect(try sana.run(["init", "--db", db]).status == 0)
        let russian = try sana.run(["db", "status", "--db", db], environment: ["LANG": "ru_RU.UTF-8"])
        let lines = russian.stdout.split(separator: "\n").map(String.init)
        let version = Int(StoreCommandsTests.schemaFiles.last!.prefix { $0.isNumber })!
        #expect(lines.prefix(3) == ["хранилище:    \(db)", "версия схемы: \(version)", "миграции:"])
        #expect(lines[3].contains("(Asia/Almaty, UTC+5)"), "\(lines[3])")
        let kazakh = try sana.run(["db", "status", "--db", db, "--lang", "kk"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(kazakh.stdout.hasPrefix("дерекқор:      \(db)\nсхема нұсқасы: "))
        #expect(kazakh.stdout.contains(" жылғы "))
    }

    @Test func relativeDbPathIsTakenFromTheWorkingDirectory() throws {
        let work = TemporaryFolder()
        let result = try sana.run(["init", "--db", "rel/s.db"], in: work.path)
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: work.file("rel/s.db")))
    }

    @Test func storeLocationFromEnvironment() throws {
        let work = TemporaryFolder()
        let viaSanaDB = try sana.run(["init"], in: work.path, environment: ["SANA_DB": work.file("env.db")])
        #expect(viaSanaDB.status == 0)
        #expect(FileManager.default.fileExists(atPath: work.file("env.db")))
        let viaXDG = try sana.run(["init"], in: work.path, environment: ["XDG_DATA_HOME": work.file("xdg")])
        #expect(viaXDG.stdout.hasPrefix("store \(work.file("xdg/sana/sana.db")): applied"))
        let viaHome = try sana.run(["db", "status"], in: "/", environment: ["HOME": work.file("home")])
        #expect(viaHome.status == 1)
        #expect(viaHome.stderr == "sana: error: no sana store at \(work.file("home/.local/share/sana/sana.db")): run 'sana init --db \(work.file("home/.local/share/sana/sana.db"))' to create one\n")
    }

    @Test func copiedBinaryCarriesItsSchema() throws {
        let elsewhere = TemporaryFolder()
        let copy = elsewhere.file("bin/sana")
        try FileManager.default.createDirectory(atPath: elsewhere.file("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: sana.path, toPath: copy)
        let db = elsewhere.file("s.db")
        let result = try SanaBinary(path: copy).run(["init", "--db", db], in: elsewhere.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try SanaBinary(path: copy).run(["db", "status", "--db", db, "--json"], in: "/").status == 0)
    }

    @Test func checkPassesOnAHealthyStore() throws {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        _ = try sana.run(["init", "--db", db])
        let result = try sana.run(["db", "check", "--db", db])
        #expect(result.status == 0)
        #expect(result.stdout == "store \(db): integrity ok, foreign keys ok\n")
        let json = try sana.run(["db", "check", "--db", db, "--json"])
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(report?["integrity"] as? [String] == ["ok"])
        #expect((report?["foreign_key_violations"] as? [Any])?.isEmpty == true)
    }

    @Test func checkFailsWithExitOneOnAViolation() throws {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        _ = try sana.run(["init", "--db", db])
        try DatabaseQueue(path: db).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "INSERT INTO cohort (id, institution_id, name, created_at) VALUES (7, 42, 'ghost', 'now')")
        }
        let result = try sana.run(["db", "check", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr == """
            \(db): error: foreign key: cohort row 7 points to a missing institution
            sana: error: store \(db) failed its checks

            """)
    }

    @Test func backupWritesACopyAndRefusesToOverwrite() throws {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        _ = try sana.run(["init", "--db", db])
        let first = try sana.run(["db", "backup", "--db", db, "copy.db"], in: work.path)
        #expect(first.status == 0)
        let size = try FileManager.default.attributesOfItem(atPath: work.file("copy.db"))[.size] as? Int ?? 0
        #expect(first.stdout == """
            backed up \(db) to \(work.file("copy.db")) (\(size / 1024) KB)
            the signing keys are not in the backup: they stay in \(work.file("keys"))

            """)
        let copyStatus = try sana.run(["db", "status", "--db", work.file("copy.db"), "--json"])
        #expect(copyStatus.status == 0)
        let second = try sana.run(["db", "backup", "--db", db, "copy.db"], in: work.path)
        #expect(second.status == 1)
        #expect(second.stderr == "sana: error: \(work.file("copy.db")) already exists: refusing to overwrite it\n")
        let audit = try DatabaseQueue(path: db).read { try String.fetchAll($0, sql: "SELECT action FROM audit_log ORDER BY id") }
        #expect(audit == ["db.migrate", "db.backup"])
    }

    @Test func badStorePathsAreCleanErrors() throws {
        let work = TemporaryFolder()
        let text = try work.write("notes.txt", String(repeating: "just text\n", count: 50))
        let cases: [([String], String)] = [
            (["db", "status", "--db", work.file("missing/s.db")],
             "sana: error: no sana store at \(work.file("missing/s.db")): run 'sana init --db \(work.file("missing/s.db"))' to create one\n"),
            (["init", "--db", text + "/s.db"], "sana: error: cannot create folder \(text): a file of that name exists\n"),
            (["db", "status", "--db", text], "sana: error: \(text) is not a SQLite database\n"),
            (["init", "--db", text], "sana: error: \(text) is not a SQLite database\n"),
        ]
        for (arguments, expected) in cases {
            let result = try sana.run(arguments, in: work.path)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr == expected)
            #expect(!result.stderr.contains("Fatal error"))
        }
    }

    @Test func newerSchemaIsRefused() throws {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        _ = try sana.run(["init", "--db", db])
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: "INSERT INTO sana_migration VALUES ('9999_future.sql', ?, 'now')", arguments: [String(repeating: "0", count: 64)])
        }
        for arguments in [["db", "status", "--db", db], ["init", "--db", db]] {
            let result = try sana.run(arguments)
            #expect(result.status == 1)
            #expect(result.stderr == "sana: error: store \(db) has migration 9999_future.sql, unknown to this sana: it was made by a newer version\n")
        }
    }

    @Test func lockedStoreIsACleanErrorAfterWaiting() throws {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        _ = try sana.run(["init", "--db", db])
        let holder = try LockHolder(path: db)
        let started = Date()
        let result = try sana.run(["db", "status", "--db", db], environment: ["SANA_BUSY_TIMEOUT": "3"])
        #expect(result.status == 1)
        #expect(result.stderr == "sana: error: store \(db) is locked by another process (gave up after 3 s)\n")
        #expect(Date().timeIntervalSince(started) >= 2.5, "sana must wait before giving up")
        holder.release()
    }

    @Test func versionHelpAndUsage() throws {
        #expect(try sana.run(["--version"]).stdout == "0.1.0\n")
        let help = try sana.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("init"))
        #expect(help.stdout.contains("db"))
        let usage = try sana.run(["frobnicate"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("Unexpected argument 'frobnicate'"))
    }
}
