import Foundation
import GRDB
import SanaTestSupport
import Testing

/// `sana roster ...` and `sana learner ...` through the built binary, as an admin would run them.
@Suite struct RosterCommandsTests {
    let sana = SanaBinary.built

    /// A fresh store with the course, in its own folder.
    func store() throws -> (TemporaryFolder, String) {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        #expect(try sana.run(["init", "--db", db]).status == 0)
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: "INSERT INTO course (id, created_at) VALUES ('ai-foundations', '2026-01-01 00:00:00.000')")
        }
        return (work, db)
    }

    func count(_ db: String, _ sql: String) throws -> Int {
        try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    @Test func importPrintsDiagnosticsCountsAndWritesRejects() throws {
        let (work, db) = try store()
        try work.write("roster.csv", "ИИН;Фамилия;Имя;Телефон\n\(RosterText.iin(1));Сейітқали;Дана;+7 701\n12345;Ким;Олег;\n\(RosterText.iin(1));Ким;Анна;\n")
        let result = try sana.run(
            ["roster", "import", "--db", db, "roster.csv", "--institution", "SDU University", "--course", "ai-foundations", "--rejects", "rejects.csv"],
            in: work.path)
        #expect(result.status == 0)
        #expect(result.stderr == """
            roster.csv:3: error: IIN 12345 must be 12 digits, not 5
            roster.csv:4: error: IIN \(RosterText.iin(1)) repeats line 2: the first row wins
            sana: warning: roster.csv: ignoring columns 'Телефон'

            """)
        #expect(result.stdout.hasPrefix("imported roster.csv (utf-8, ';') as batch 1 in "))
        #expect(result.stdout.hasSuffix("""
              rows              3
              created           1
              updated           0
              unchanged         0
              enrolled          1
              withdrawn         0
              rejected          2
              warnings          0
            rejected rows written to rejects.csv: fix them there and import that file again

            """))
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: work.file("rejects.csv"))))
        // Written as the roster came (';'), with a BOM so Excel in a Russian locale shows Cyrillic.
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let rejects = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(rejects == "ИИН;Фамилия;Имя;Телефон;line;error\r\n12345;Ким;Олег;;3;\"IIN 12345 must be 12 digits, not 5\"\r\n\(RosterText.iin(1));Ким;Анна;;4;IIN \(RosterText.iin(1)) repeats line 2: the first row wins\r\n")
        let mode = try FileManager.default.attributesOfItem(atPath: work.file("rejects.csv"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func jsonSummaryAndDryRun() throws {
        let (work, db) = try store()
        try work.write("r.csv", RosterText.csv(rows: 5))
        let dry = try sana.run(["roster", "import", "--db", db, "r.csv", "--institution", "ENU", "--course", "ai-foundations", "--dry-run", "--json"], in: work.path)
        #expect(dry.status == 0)
        let summary = try JSONSerialization.jsonObject(with: Data(dry.stdout.utf8)) as? [String: Any]
        #expect(summary?["dry_run"] as? Bool == true)
        #expect(summary?["created"] as? Int == 5)
        #expect(summary?["batch"] == nil)
        #expect(try count(db, "SELECT count(*) FROM learner") == 0)
        #expect(try count(db, "SELECT count(*) FROM import_batch") == 0)
    }

    @Test func badOptionsAndFilesAreCleanErrors() throws {
        let (work, db) = try store()
        try work.write("nocourse.csv", "iin,last_name,first_name\n")
        try work.write("empty.csv", "")
        let cases: [([String], Int32, String)] = [
            (["missing.csv", "--institution", "X", "--course", "ai-foundations"], 1,
             "sana: error: cannot read \(work.file("missing.csv")): No such file or directory\n"),
            (["empty.csv", "--institution", "X", "--course", "ai-foundations"], 1,
             "sana: error: \(work.file("empty.csv")) is empty: a roster needs a header line and at least one row\n"),
            (["nocourse.csv", "--institution", "X"], 1,
             "sana: error: \(work.file("nocourse.csv")) has no course column: add one or pass --course ID\n"),
            (["nocourse.csv", "--course", "ai-foundations"], 1,
             "sana: error: \(work.file("nocourse.csv")) has no university column: add one or pass --institution NAME\n"),
            (["nocourse.csv", "--institution", "X", "--course", "cooking"], 1,
             "sana: error: course cooking is not in the store: import it first with 'sana course import'\n"),
        ]
        for (arguments, status, message) in cases {
            let result = try sana.run(["roster", "import", "--db", db] + arguments, in: work.path)
            #expect(result.status == status, "\(arguments)")
            #expect(result.stderr == message)
        }
        let usage = try sana.run(["roster", "import", "--db", db, "x.csv", "--encoding", "latin9"], in: work.path)
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("Error: The value 'latin9' is invalid for '--encoding <encoding>'. Please provide one of 'auto', 'utf-8', 'cp1251' or 'kz1048'."))
        let map = try sana.run(["roster", "import", "--db", db, "x.csv", "--map", "oops"], in: work.path)
        #expect(map.status == 64)
        #expect(map.stderr.contains("--map 'oops' is not COLUMN=FIELD with FIELD one of iin, last_name, first_name, middle_name, full_name, email, university, faculty, group, course, cohort, language"))
    }

    @Test func historyAndRevertThroughTheCLI() throws {
        let (work, db) = try store()
        try work.write("a.csv", RosterText.csv(rows: 3))
        try work.write("b.csv", RosterText.csv(rows: 2, from: 10))
        for file in ["a.csv", "b.csv"] {
            #expect(try sana.run(["roster", "import", "--db", db, file, "--institution", "KBTU", "--course", "ai-foundations"], in: work.path).status == 0)
        }
        let history = try sana.run(["roster", "history", "--db", db, "--json"])
        let batches = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]]
        #expect(batches?.map { $0["file_name"] as? String } == ["b.csv", "a.csv"])
        let revert = try sana.run(["roster", "revert", "--db", db, "2"])
        #expect(revert.status == 0)
        #expect(revert.stdout == "reverted batch 2 (b.csv): 2 learners removed, 0 learners restored, 0 withdrawals undone\n")
        #expect(try count(db, "SELECT count(*) FROM learner") == 3)
        let again = try sana.run(["roster", "revert", "--db", db, "2", "--json"])
        #expect(again.status == 1)
        #expect(again.stderr == "sana: error: import batch 2 was already reverted\n")
    }

    /// Waits until an import holds the store's write lock (its transaction is open), plus a moment.
    func waitUntilWriting(_ db: String) throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !LockHolder.isWriteLocked(path: db) {
            usleep(2000)
        }
        #expect(LockHolder.isWriteLocked(path: db), "the import never started writing")
        usleep(300_000)
    }

    @Test func killedMidImportLeavesTheStoreAsItWas() throws {
        let (work, db) = try store()
        try work.write("big.csv", RosterText.csv(rows: 150_000))
        let before = try count(db, "SELECT count(*) FROM learner")
        let running = try sana.start(["roster", "import", "--db", db, "big.csv", "--institution", "KazNU", "--course", "ai-foundations"], in: work.path)
        try waitUntilWriting(db)
        running.signal(SIGKILL)
        _ = running.wait()
        #expect(running.wasSignalled)
        #expect(try count(db, "SELECT count(*) FROM learner") == before)
        #expect(try count(db, "SELECT count(*) FROM import_batch") == 0)
        #expect(try sana.run(["db", "check", "--db", db]).status == 0)
        // And the same import then runs through.
        let retry = try sana.run(["roster", "import", "--db", db, "big.csv", "--institution", "KazNU", "--course", "ai-foundations", "--json"], in: work.path)
        #expect(retry.status == 0)
        #expect(try count(db, "SELECT count(*) FROM learner") == 150_000)
    }

    @Test func interruptRollsBackAndSaysSo() throws {
        let (work, db) = try store()
        try work.write("big.csv", RosterText.csv(rows: 150_000))
        let running = try sana.start(["roster", "import", "--db", db, "big.csv", "--institution", "KazNU", "--course", "ai-foundations"], in: work.path)
        try waitUntilWriting(db)
        running.signal(SIGINT)
        let result = running.wait()
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("sana: error: interrupted after "))
        #expect(result.stderr.hasSuffix(" rows: the import was rolled back, nothing was changed\n"))
        #expect(try count(db, "SELECT count(*) FROM learner") == 0)
    }

    @Test func rosterFromAPipeIsReadOnceAndWhole() throws {
        let (work, db) = try store()
        try work.write("r.csv", RosterText.csv(rows: 3000))
        let piped = try sana.run(
            ["roster", "import", "--db", db, "/dev/stdin", "--institution", "ENU", "--course", "ai-foundations", "--json"],
            in: work.path, input: RosterText.csv(rows: 3000))
        #expect(piped.status == 0, "\(piped.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(piped.stdout.utf8)) as? [String: Any]
        #expect(summary?["created"] as? Int == 3000)
        let fromFile = try sana.run(["roster", "import", "--db", db, "r.csv", "--institution", "ENU", "--course", "ai-foundations", "--json"], in: work.path)
        let again = try JSONSerialization.jsonObject(with: Data(fromFile.stdout.utf8)) as? [String: Any]
        #expect(again?["unchanged"] as? Int == 3000)
        #expect(again?["sha256"] as? String == summary?["sha256"] as? String)
    }

    @Test func hostileInputIsRefusedWithTheFileAndLine() throws {
        let (work, db) = try store()
        // /dev/zero once aborted with SIGABRT after eating memory; a 100 MB line took 540 MB.
        let zero = try sana.run(["roster", "import", "--db", db, "/dev/zero", "--institution", "X", "--course", "ai-foundations"], in: work.path)
        #expect(zero.status == 1)
        #expect(zero.stderr == "sana: error: /dev/zero:1: a field on this line is longer than 64 KiB, the most one field may hold: this is not a roster file\n")
        try work.write("long.csv", "iin,last_name,first_name\n\(RosterText.iin(1)),Ким,Анна\n" + String(repeating: "x,", count: 600_000) + "\n")
        let long = try sana.run(["roster", "import", "--db", db, "long.csv", "--institution", "X", "--course", "ai-foundations"], in: work.path)
        #expect(long.status == 1)
        #expect(long.stderr == "sana: error: \(work.file("long.csv")):3: the record starting on this line is longer than 1 MiB, the most one roster record may hold: this is not a roster file\n")
        #expect(try count(db, "SELECT count(*) FROM learner") == 0)
    }

    /// Waits up to `seconds` for `running` to end; kills it (and records an issue) if it does not.
    func finish(_ running: SanaBinary.Running, within seconds: Double, _ what: String) -> SanaBinary.Result {
        let deadline = Date().addingTimeInterval(seconds)
        while running.process.isRunning && Date() < deadline { usleep(10_000) }
        if running.process.isRunning {
            Issue.record("\(what): still running after \(seconds) s")
            running.signal(SIGKILL)
        }
        return running.wait()
    }

    @Test func anImportWaitingOnAFIFOStopsAtCtrlCAndSIGTERM() throws {
        let (work, db) = try store()
        let fifo = work.file("p")
        #expect(mkfifo(fifo, 0o600) == 0)
        let interrupted = "sana: error: interrupted after 0 rows: the import was rolled back, nothing was changed\n"
        // No writer at all: the import waits for one.
        let waiting = try sana.start(["roster", "import", "--db", db, "p", "--institution", "X", "--course", "ai-foundations"], in: work.path)
        usleep(500_000)
        waiting.signal(SIGINT)
        let stopped = finish(waiting, within: 5, "SIGINT while waiting for a writer")
        #expect(stopped.status == 1)
        #expect(stopped.stderr == interrupted)
        // A writer that sends a row and then stalls, holding the FIFO open.
        for signal in [SIGTERM, SIGHUP] {
            let slow = try sana.start(["roster", "import", "--db", db, "p", "--institution", "X", "--course", "ai-foundations"], in: work.path)
            let writer = open(fifo, O_WRONLY)
            #expect(writer >= 0)
            let row = "iin,last_name,first_name\n\(RosterText.iin(1)),Ким,Анна\n"
            _ = row.withCString { write(writer, $0, strlen($0)) }
            usleep(500_000)
            slow.signal(signal)
            let result = finish(slow, within: 5, "signal \(signal) while the writer stalls")
            close(writer)
            #expect(result.status == 1)
            #expect(result.stderr == interrupted)
        }
        #expect(try count(db, "SELECT count(*) FROM learner") == 0)
        #expect(try count(db, "SELECT count(*) FROM import_batch") == 0)
    }

    @Test func zippedOneRosterIsReadInProcessAndNamesItsEntries() throws {
        let (work, db) = try store()
        let files = [
            "manifest.csv": "propertyName,value\noneroster.version,1.1\n",
            "orgs.csv": "sourcedId,name\norg-1,Satbayev University\n",
            "classes.csv": "sourcedId,courseSourcedId\ncl-1,ai-foundations\n",
            "users.csv": "sourcedId,role,givenName,familyName,identifier,orgSourcedIds\nu-1,student,Дана,Ахметова,\(RosterText.iin(1)),org-1\nu-2,student,Ерлан,Нұрланов,12345,org-1\n",
            "enrollments.csv": "sourcedId,classSourcedId,userSourcedId,role\ne1,cl-1,u-1,student\ne2,cl-1,u-2,student\n",
        ]
        for (name, text) in files { try work.write("export/\(name)", text) }
        // Entries inside a folder of the zip, as some SIS exports make them.
        let zip = Process()
        zip.executableURL = URL(fileURLWithPath: "/usr/bin/zip")
        zip.currentDirectoryURL = URL(fileURLWithPath: work.path)
        zip.arguments = ["-q", "-r", "export.zip", "export"]
        try zip.run()
        zip.waitUntilExit()
        let result = try sana.run(["roster", "import", "--db", db, "export.zip", "--format", "oneroster"], in: work.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "export.zip (users.csv):3: error: IIN 12345 must be 12 digits, not 5\n")
        #expect(try count(db, "SELECT count(*) FROM learner") == 1)

        // More files than a OneRoster package has is refused before anything is read.
        for index in 0..<101 { try work.write("many/f\(index).csv", "x\n") }
        let many = Process()
        many.executableURL = URL(fileURLWithPath: "/usr/bin/zip")
        many.currentDirectoryURL = URL(fileURLWithPath: work.path + "/many")
        many.arguments = ["-q", "../many.zip"] + (0..<101).map { "f\($0).csv" }
        try many.run()
        many.waitUntilExit()
        let refused = try sana.run(["roster", "import", "--db", db, "many.zip", "--format", "oneroster"], in: work.path)
        #expect(refused.status == 1)
        #expect(refused.stderr == "sana: error: \(work.file("many.zip")) holds more than 100 files, the most a OneRoster zip may hold: this is not a OneRoster export\n")
    }

    @Test func diagnosticsCannotDriveTheTerminal() throws {
        let (work, db) = try store()
        try work.write("r.csv", "iin,last_name,first_name\n\u{1B}]0;pwned\u{07},Ким,Анна\n")
        let result = try sana.run(["roster", "import", "--db", db, "r.csv", "--institution", "ENU", "--course", "ai-foundations"], in: work.path)
        #expect(result.stderr.hasPrefix("r.csv:2: error: IIN '\\u{1B}]0;pwned\\u{7}' must be 12 digits\n"))
    }

    @Test func learnerListAndAddRefuseWhatTheyCannotDo() throws {
        let (work, db) = try store()
        defer { withExtendedLifetime(work) {} }
        let list = try sana.run(["learner", "list", "--db", db, "--institution", "No Such University"])
        #expect(list.status == 1)
        #expect(list.stderr == "sana: error: no university named 'No Such University' in the store\n")
        let cohort = try sana.run(["learner", "add", "--db", db, "--iin", RosterText.iin(3), "--last-name", "X", "--first-name", "Y", "--course", "ai-foundations", "--cohort", "A"])
        #expect(cohort.status == 64)
        #expect(cohort.stderr.contains("--cohort needs --course and --institution"))
    }

    @Test func revertRefusesWhenALearnerHasWorkedInTheEnrollment() throws {
        let (work, db) = try store()
        let iin = RosterText.iin(5)
        #expect(try sana.run(["learner", "add", "--db", db, "--iin", iin, "--last-name", "X", "--first-name", "Y"]).status == 0)
        try work.write("r.csv", "iin,last_name,first_name\n\(iin),X,Y\n")
        #expect(try sana.run(["roster", "import", "--db", db, "r.csv", "--institution", "ENU", "--course", "ai-foundations"], in: work.path).status == 0)
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: """
                INSERT INTO course_version (id, course_id, version, content_sha256, definition, loaded_at)
                VALUES (1, 'ai-foundations', 1, '\(String(repeating: "a", count: 64))', '{}', 'now');
                INSERT INTO lesson_progress (learner_id, course_version_id, position, first_viewed_at)
                SELECT id, 1, 1, 'now' FROM learner;
                """)
        }
        let revert = try sana.run(["roster", "revert", "--db", db, "1"])
        #expect(revert.status == 1)
        #expect(revert.stderr == "sana: error: cannot revert import batch 1: later changes touched learners \(iin)\n")
    }

    /// A learner the batch created who has practised since is not deleted by a revert (their
    /// practice answers point at them): the revert names them instead.
    @Test func revertRefusesWhenALearnerItCreatedHasPractised() throws {
        let (work, db) = try store()
        let iin = RosterText.iin(6)
        try work.write("r.csv", "iin,last_name,first_name\n\(iin),X,Y\n")
        #expect(try sana.run(["roster", "import", "--db", db, "r.csv", "--institution", "ENU", "--course", "ai-foundations"], in: work.path).status == 0)
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: """
                INSERT INTO course_version (id, course_id, version, content_sha256, definition, loaded_at)
                VALUES (1, 'ai-foundations', 1, '\(String(repeating: "a", count: 64))', '{}', 'now');
                INSERT INTO practice_answer (learner_id, course_version_id, qid, lang, response, credit, answered_at)
                SELECT id, 1, 'practice-01-01', 'kk', '{"choice":1}', 1, 'now' FROM learner;
                """)
        }
        let revert = try sana.run(["roster", "revert", "--db", db, "1"])
        #expect(revert.status == 1)
        #expect(revert.stderr == "sana: error: cannot revert import batch 1: later changes touched learners \(iin)\n")
        #expect(try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM learner") } == 1)
    }

    @Test func learnerAddShowAndList() throws {
        let (work, db) = try store()
        defer { withExtendedLifetime(work) {} }
        let iin = RosterText.iin(7)
        let add = try sana.run(["learner", "add", "--db", db, "--iin", iin, "--last-name", "Әуезова", "--first-name", "Ұлжан",
                                "--institution", "Abai KazNPU", "--course", "ai-foundations", "--language", "қазақша"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout == "added \(iin) Әуезова Ұлжан, enrolled in ai-foundations\n")
        let second = RosterText.iin(8)
        let addJSON = try sana.run(["learner", "add", "--db", db, "--iin", second, "--last-name", "Ким", "--first-name", "Анна", "--json"])
        let added = try JSONSerialization.jsonObject(with: Data(addJSON.stdout.utf8)) as? [String: Any]
        #expect(added?["iin"] as? String == second)
        #expect(added?["locale"] as? String == "kk")
        let show = try sana.run(["learner", "show", "--db", db, iin, "--json"])
        let profile = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
        #expect(profile?["institution"] as? String == "Abai KazNPU")
        #expect(profile?["locale"] as? String == "kk")
        #expect((profile?["enrollments"] as? [[String: Any]])?.first?["course"] as? String == "ai-foundations")
        let list = try sana.run(["learner", "list", "--db", db, "--course", "ai-foundations"])
        #expect(list.stdout == "IIN           NAME           UNIVERSITY   COURSES\n\(iin)  Әуезова Ұлжан  Abai KazNPU  ai-foundations (active)\n")
        let duplicate = try sana.run(["learner", "add", "--db", db, "--iin", iin, "--last-name", "X", "--first-name", "Y"])
        #expect(duplicate.stderr == "sana: error: a learner with IIN \(iin) already exists\n")
        let bad = try sana.run(["learner", "add", "--db", db, "--iin", "010101500004", "--last-name", "X", "--first-name", "Y"])
        #expect(bad.stderr == "sana: error: IIN 010101500004 is not valid: its check digit does not match; check it against the person's ID card\n")
        let missing = try sana.run(["learner", "show", "--db", db, "010101500003"])
        #expect(missing.stderr == "sana: error: no learner with IIN 010101500003\n")
    }
}
