import Foundation
import GRDB
import GRDBSQLite
import SanaTestSupport
import Testing

/// Paths a user types and files sana writes, end to end: an empty or clashing path never costs
/// data, outputs appear whole or not at all (also on a full disk), and read-only commands work on
/// a read-only or full disk. Each case once destroyed or lost data (issue 10).
@Suite(.serialized) struct UserPathTests {
    let sana = SanaBinary.built
    let work = TemporaryFolder()
    let db: String
    static let iin = "040115500005"

    init() throws {
        db = work.file("s.db")
        #expect(try sana.run(["init", "--db", db]).status == 0)
        let added = try sana.run(["learner", "add", "--iin", Self.iin, "--last-name", "Серікова", "--first-name", "Айгерім", "--institution", "ҚазҰУ", "--db", db])
        #expect(added.status == 0, "\(added.stderr)")
    }

    func storeIsHealthy() throws -> Bool {
        let check = try sana.run(["db", "check", "--db", db])
        return check.status == 0 && check.stdout.hasSuffix("integrity ok, foreign keys ok\n")
    }

    @Test func anEmptyPathIsAUsageErrorAndTouchesNothing() throws {
        let roster = try work.write("r.csv", "iin,last_name,first_name\n\(Self.iin),Серікова,Айгерім\n")
        let cases: [([String], String)] = [
            (["roster", "import", roster, "--rejects", "", "--db", db], "--rejects <out.csv>"),
            (["roster", "import", "", "--db", db], "<file>"),
            (["db", "backup", "", "--db", db], "<out>"),
            (["db", "status", "--db", ""], "--db <path>"),
            (["learner", "codes", "--all", "--out", "", "--db", db], "--out <file>"),
            (["cert", "trust-export", "", "--db", db], "<out.json>"),
            (["cert", "status-list", "", "--db", db], "<out.jwt>"),
            (["cert", "issue", "--course", "c", "--all-eligible", "--out", "", "--db", db], "--out <dir>"),
            (["cert", "keygen", "--key", "", "--db", db], "--key <path>"),
            (["cert", "verify", ""], "<file>"),
            (["cert", "verify", roster, "--trust", " "], "--trust <issuer.json>"),
            (["course", "check", ""], "<dir>"),
            (["course", "import", "", "--db", db], "<dir>"),
            (["quiz", "take", "c", "--learner", Self.iin, "--answers", "", "--db", db], "--answers <file>"),
        ]
        for (arguments, option) in cases {
            let result = try sana.run(arguments, in: work.path)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix("Error: The value '\(arguments.contains(" ") ? " " : "")' is invalid for '\(option)'\n"), "\(arguments): \(result.stderr)")
        }
        #expect(try storeIsHealthy(), "--rejects \"\" once replaced the store with a CSV")
        #expect(try String(contentsOfFile: roster, encoding: .utf8) == "iin,last_name,first_name\n\(Self.iin),Серікова,Айгерім\n")
    }

    @Test func anOutputThatIsAnInputTheStoreOrAKeyIsRefusedBeforeReading() throws {
        let roster = try work.write("in.csv", "iin,last_name,first_name\n\(Self.iin),Серікова,Айгерім\n123,Бад,Роу\n")
        let original = try Data(contentsOf: URL(fileURLWithPath: roster))
        let cases: [([String], String)] = [
            (["roster", "import", "in.csv", "--rejects", "./in.csv", "--course", "c", "--db", db],
             "Error: --rejects ./in.csv is the roster being imported: choose another file"),
            (["roster", "import", "in.csv", "--rejects", "s.db", "--course", "c", "--db", db],
             "Error: --rejects s.db is the store (\(db)): choose another file"),
            (["roster", "import", "in.csv", "--rejects", "s.db-wal", "--course", "c", "--db", db],
             "Error: --rejects s.db-wal is the store's -wal file (\(db)): choose another file"),
            (["learner", "codes", "--all", "--out", "s.db-shm", "--db", db],
             "Error: --out s.db-shm is the store's -shm file (\(db)): choose another file"),
            (["db", "backup", "s.db", "--db", db],
             "Error: backup s.db is the store (\(db)): choose another file"),
            (["cert", "status-list", "keys/list.jwt", "--db", db],
             "Error: status-list keys/list.jwt is in the signing keys' folder \(work.file("keys")): choose another file"),
        ]
        for (arguments, message) in cases {
            let result = try sana.run(arguments, in: work.path)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix(message + "\n"), "\(arguments): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: roster)) == original, "the roster was once overwritten by its own rejects")
        #expect(try storeIsHealthy())
    }

    @Test func anOutputNeverReplacesADeviceALinkOrAFolder() throws {
        let roster = try work.write("r.csv", "iin,last_name,first_name\n\(Self.iin),Серікова,Айгерім\n")
        let toNull = try sana.run(["roster", "import", roster, "--rejects", "/dev/null", "--course", "c", "--db", db])
        #expect(toNull.status == 1)
        #expect(toNull.stderr == "sana: error: /dev/null is a device, not a regular file\n")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/null was once replaced by a file")
        let victim = try work.write("victim.txt", "keep me")
        try FileManager.default.createSymbolicLink(atPath: work.file("link.csv"), withDestinationPath: victim)
        let toLink = try sana.run(["learner", "codes", "--all", "--out", "link.csv", "--db", db], in: work.path)
        #expect(toLink.status == 1)
        #expect(toLink.stderr == "sana: error: \(work.file("link.csv")) is a symbolic link, not a regular file\n")
        // A link planted where an older sana put its temporary file is never followed.
        try FileManager.default.createSymbolicLink(atPath: work.file("codes.csv.partial"), withDestinationPath: victim)
        let codes = try sana.run(["learner", "codes", "--all", "--out", "codes.csv", "--db", db], in: work.path)
        #expect(codes.status == 0, "\(codes.stderr)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
        try FileManager.default.createDirectory(atPath: work.file("folder.db"), withIntermediateDirectories: false)
        let toFolder = try sana.run(["db", "backup", "folder.db", "--db", db], in: work.path)
        #expect(toFolder.stderr == "sana: error: \(work.file("folder.db")) is a folder, not a regular file\n")
        let missingFolder = try sana.run(["db", "backup", "nope/copy.db", "--db", db], in: work.path)
        #expect(missingFolder.status == 1)
        #expect(missingFolder.stderr == "sana: error: cannot write \(work.file("nope/copy.db")): folder \(work.file("nope")) does not exist\n")
    }

    @Test func aFullDiskForTheRejectsFileAppliesNothing() throws {
        try QuizCommandsTests.writeCourse(in: work, review: "answers", cooldown: 0)
        #expect(try sana.run(["course", "import", "quiz", "--db", db], in: work.path).status == 0)
        let disk = try Mount.smallDisk(kilobytes: 64)
        try disk.fill()
        let roster = try work.write("r.csv", "iin,last_name,first_name\n000101300019,Ким,Анна\n123,Бад,Роу\n")
        let result = try sana.run(["roster", "import", roster, "--institution", "ҚазҰУ", "--course", "quiz", "--rejects", disk.path + "/rejects.csv", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("sana: error: cannot write \(disk.path)/rejects.csv: the disk is full\n"), "\(result.stderr)")
        #expect(try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM learner") } == 1, "the batch was once applied without its rejects file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["filler"], "a partial file was left behind")
    }

    @Test func codesThatCannotBeWrittenAreNeverCommitted() throws {
        #expect(try sana.run(["learner", "codes", "--all", "--out", "first.csv", "--db", db], in: work.path).status == 0)
        let hash = try DatabaseQueue(path: db).read { try String.fetchOne($0, sql: "SELECT code_hash FROM access_code") }
        let disk = try Mount.smallDisk(kilobytes: 64)
        try disk.fill()
        let result = try sana.run(["learner", "codes", "--all", "--reissue", "--out", disk.path + "/codes.csv", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr == "sana: error: cannot write \(disk.path)/codes.csv: the disk is full\n")
        #expect(try DatabaseQueue(path: db).read { try String.fetchOne($0, sql: "SELECT code_hash FROM access_code") } == hash,
                "the handed-out code once stopped working while the new one was never written")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["filler"])
    }

    @Test func readOnlyCommandsWorkOnAReadOnlyMountAndAFullDiskAndWriteNothing() throws {
        let before = try FileManager.default.attributesOfItem(atPath: db)[.size] as? Int
        #expect(try storeIsHealthy())
        #expect(try storeIsHealthy())
        #expect(try FileManager.default.attributesOfItem(atPath: db)[.size] as? Int == before, "db check once grew the store by a page")
        let mount = try Mount.readOnly(work.path)
        let seen = mount.path + "/s.db"
        for arguments in [["db", "check"], ["db", "status"], ["learner", "list"], ["learner", "show", Self.iin], ["roster", "history"], ["course", "list"]] {
            let result = try sana.run(arguments + ["--db", seen])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let add = try sana.run(["learner", "add", "--iin", "000101300019", "--last-name", "Ким", "--first-name", "Анна", "--db", seen])
        #expect(add.status == 1)
        #expect(add.stderr.hasPrefix("sana: error: "), "\(add.stderr)")
        let backup = try sana.run(["db", "backup", work.file("copy.db"), "--db", seen])
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(backup.stderr.hasPrefix("sana: warning: the audit log does not record this backup: "))

        let disk = try Mount.smallDisk(kilobytes: 4096)
        #expect(try sana.run(["db", "backup", disk.path + "/s.db", "--db", db]).status == 0)
        try disk.fill()
        let full = try sana.run(["db", "check", "--db", disk.path + "/s.db"])
        #expect(full.status == 0, "db check once failed with 'disk I/O error' on a full disk: \(full.stderr)")
        #expect(try sana.run(["learner", "list", "--db", disk.path + "/s.db"]).stdout.contains("Серікова"))
    }

    /// A store made read-only on purpose (mode 0444) is not written, even by root, whom the kernel
    /// lets write any file: it once took the write and changed an archived semester.
    @Test func aStoreWithoutWritePermissionIsNotWrittenEvenByRoot() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        #expect(chmod(db, 0o444) == 0)
        let add = try sana.run(["learner", "add", "--iin", "000101300019", "--last-name", "Ким", "--first-name", "Анна", "--db", db])
        #expect(add.status == 1)
        #expect(add.stderr == "sana: error: store \(db) is read-only\n")
        let again = try sana.run(["init", "--db", db])
        #expect(again.stderr == "sana: error: store \(db) is read-only\n")
        #expect(try sana.run(["learner", "list", "--db", db]).stdout.contains("Серікова"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        #expect(chmod(db, 0o600) == 0)
    }

    @Test func aBackupWhileAnotherProcessWritesIsWrittenAndSaidSo() throws {
        var holder: OpaquePointer?
        #expect(sqlite3_open_v2(db, &holder, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK)
        defer { sqlite3_close(holder) }
        #expect(sqlite3_exec(holder, "BEGIN IMMEDIATE", nil, nil, nil) == SQLITE_OK)
        let result = try sana.run(["db", "backup", "copy.db", "--db", db], in: work.path, environment: ["SANA_BUSY_TIMEOUT": "1"])
        #expect(result.status == 0, "a complete backup was once reported as 'locked': \(result.stderr)")
        #expect(result.stdout.hasPrefix("backed up \(db) to \(work.file("copy.db")) ("))
        #expect(result.stderr.hasPrefix("sana: warning: the audit log does not record this backup: store \(db) is locked by another process"))
        sqlite3_exec(holder, "ROLLBACK", nil, nil, nil)
        #expect(try sana.run(["db", "check", "--db", work.file("copy.db")]).status == 0)
    }
}

/// Each kind of bad input file a user can name, for each command that reads one: a sentence that
/// says what is wrong, and the exit code a script can rely on (issue 10).
@Suite struct BadInputFileTests {
    let sana = SanaBinary.built
    let work = TemporaryFolder()

    /// A FIFO that a background writer fills with `text` once a reader opens it.
    func fifo(_ name: String, _ text: String) -> String {
        let path = work.file(name)
        mkfifo(path, 0o600)
        Thread {
            if let handle = FileHandle(forWritingAtPath: path) {
                handle.write(Data(text.utf8))
                try? handle.close()
            }
        }.start()
        return path
    }

    @Test func certificatesTrustFilesStoresAndCoursesSayWhatIsWrong() throws {
        let empty = try work.write("empty.txt", "")
        let binary = try work.write("bad.bin", [0xFF, 0xFE, 0xFA, 0x20, 0x62])
        try FileManager.default.createDirectory(atPath: work.file("folder"), withIntermediateDirectories: false)
        let cases: [([String], Int32, String)] = [
            (["cert", "verify", "nope.jwt"], 2, "  undecided readable               cannot read nope.jwt: no such file\n"),
            (["cert", "verify", "/dev/zero"], 2, "  undecided readable               /dev/zero is a device, not a regular file\n"),
            (["cert", "verify", "folder"], 2, "sana: error: no certificates found in folder: expected .jwt or .jws files\n"),
            (["cert", "verify", empty], 1, "  FAILED    well-formed            a compact JWS has 3 parts separated by '.', this has 1\n"),
            (["cert", "verify", empty, "--trust", "nope.json"], 1, "sana: error: cannot read nope.json: no such file\n"),
            (["cert", "verify", empty, "--trust", "folder"], 1, "sana: error: folder is a folder, not a regular file\n"),
            (["cert", "verify", empty, "--trust", "/dev/zero"], 1, "sana: error: /dev/zero is a device, not a regular file\n"),
            (["cert", "verify", empty, "--trust", binary], 1, "sana: error: trust file \(binary) is malformed: not a sana trust file: it is not valid JSON\n"),
            (["cert", "verify", empty, "--trust", fifo("trust.fifo", #"{"issuer": "x"}"#)], 1,
             "sana: error: trust file \(work.file("trust.fifo")) is malformed: not a sana trust file: the field \"exportedAt\" is missing\n"),
            (["db", "status", "--db", "nope.db"], 1, "sana: error: no sana store at \(work.file("nope.db")): run 'sana init --db \(work.file("nope.db"))' to create one\n"),
            (["db", "status", "--db", "folder"], 1, "sana: error: \(work.file("folder")) is a folder, not a regular file\n"),
            (["db", "status", "--db", "/dev/zero"], 1, "sana: error: /dev/zero is a device, not a regular file\n"),
            (["db", "status", "--db", empty], 1, "sana: error: \(empty) is an empty file, not a sana store: run 'sana init --db \(empty)' to create one there\n"),
            (["db", "status", "--db", binary], 1, "sana: error: \(binary) is not a SQLite database\n"),
            (["course", "check", "nope"], 1, "sana: error: no course package at nope: expected a folder with course.yaml, lessons/ and questions/\n"),
            (["course", "check", "/dev/zero"], 1, "sana: error: no course package at /dev/zero: expected a folder with course.yaml, lessons/ and questions/\n"),
        ]
        for (arguments, status, message) in cases {
            let result = try sana.run(arguments, in: work.path)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect((result.stdout + result.stderr).contains(message), "\(arguments): \(result.stdout)\(result.stderr)")
        }
    }

    @Test func anAnswersFileSaysWhatIsWrong() throws {
        let db = work.file("s.db")
        let code = try QuizCommandsTests.prepare(sana, work, db: db)
        let binary = try work.write("bad.bin", [0xFF, 0xFE, 0xFA, 0x20, 0x62])
        let cases: [(String, String)] = [
            ("nope.json", "sana: error: cannot read nope.json: no such file\n"),
            ("/dev/zero", "sana: error: /dev/zero is a device, not a regular file\n"),
            ("quiz", "sana: error: quiz is a folder, not a regular file\n"),
            (binary, "sana: error: cannot read answers from \(binary): it is not a JSON object of question id → answer\n"),
        ]
        for (file, message) in cases {
            let result = try sana.run(["quiz", "take", "quiz", "--learner", QuizCommandsTests.iin, "--answers", file, "--db", db], in: work.path, environment: ["SANA_ACCESS_CODE": code])
            #expect(result.status == 1, "\(file)")
            #expect(result.stderr == message, "\(file): \(result.stderr)")
        }
    }
}
