import Foundation
import GRDB
import SanaTestSupport
import Testing

/// The course's second edition imported over its first, as an operator would: version 2 becomes
/// current, an attempt begun on version 1 stays on version 1 (its questions still resolve), and
/// the next attempt uses version 2.
@Suite struct CourseEditionsTests {
    let sana = SanaBinary.built
    static let iin = QuizCommandsTests.iin
    /// The commit whose courses/ai-foundations is the first edition.
    static let firstEditionCommit = "c93420c"

    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Runs a program found on PATH; its status, output and errors.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = (environment["PATH"].map { $0 + ":" } ?? "") + "/usr/local/bin:/usr/bin:/bin"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The first edition, extracted from git into `folder` at test time (no copy is kept in the
    /// repository). Without git or the repository's history the test fails: CI runs in a clone.
    static func firstEdition(in folder: TemporaryFolder) throws -> String {
        let tar = folder.file("first-edition.tar")
        let archive = try run(["git", "-C", repository, "archive", "--format=tar", "-o", tar, firstEditionCommit, "courses/ai-foundations"])
        try #require(archive.status == 0, "git archive \(firstEditionCommit) failed (this test needs git and the repository's history): \(archive.output)")
        let extract = try run(["tar", "-x", "-f", tar, "-C", folder.path])
        try #require(extract.status == 0, "tar failed: \(extract.output)")
        return folder.file("courses/ai-foundations")
    }

    func json(_ result: SanaBinary.Result) throws -> [String: Any] {
        try #require(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func theSecondEditionOverTheFirst() throws {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        #expect(try sana.run(["init", "--db", db]).status == 0)
        let first = try CourseEditionsTests.firstEdition(in: work)
        let v1 = try sana.run(["course", "import", first, "--db", db])
        #expect(v1.stdout.hasPrefix("imported ai-foundations version 1: 9 lessons and 126 questions in kk, ru, en (sha256 "), "\(v1.stderr)")

        let iin = CourseEditionsTests.iin
        #expect(try sana.run(["learner", "add", "--iin", iin, "--last-name", "Серікова", "--first-name", "Айгерім", "--course", "ai-foundations", "--db", db]).status == 0)
        #expect(try sana.run(["learner", "codes", "--learner", iin, "--out", work.file("codes.csv"), "--db", db]).status == 0)
        let code = String(try String(contentsOfFile: work.file("codes.csv"), encoding: .utf8).split(separator: "\r\n")[1].split(separator: ",")[2])
        func take(_ extra: [String], answers: String = "{}") throws -> [String: Any] {
            try json(try sana.run(["quiz", "take", "ai-foundations", "--learner", iin, "--answers", "-", "--json", "--db", db] + extra,
                                  environment: ["SANA_ACCESS_CODE": code], input: answers))
        }
        func questions(_ report: [String: Any]) -> [String] {
            (report["questions"] as? [[String: Any]] ?? []).map { "\($0["qid"] as? String ?? "?") \($0["text"] as? String ?? "?")" }
        }
        // An attempt begun on version 1 and left open.
        let begun = try take(["--no-submit"])
        #expect(begun["attempt_id"] as? Int == 1)
        let onFirst = questions(begun)
        #expect(onFirst.count == 27)

        let v2 = try sana.run(["course", "import", CourseCommandsTests.shipped, "--db", db])
        #expect(v2.status == 0, "\(v2.stderr)")
        #expect(v2.stdout.hasPrefix("imported ai-foundations version 2: 10 lessons and 300 questions in kk, ru, en, "))
        #expect(v2.stdout.contains(" practice questions, ") && v2.stdout.contains(" glossary terms (sha256 "))
        let shown = try json(try sana.run(["course", "show", "ai-foundations", "--json", "--db", db]))
        #expect(shown["version"] as? Int == 2)
        #expect(shown["current"] as? Bool == true)
        #expect(shown["versions"] as? Int == 2)
        #expect(((shown["glossary"] as? [String: Any])?["terms"] as? [Any])?.count ?? 0 >= 30)
        #expect((shown["lessons"] as? [[String: Any]])?.allSatisfy { ($0["practice"] as? Int ?? 0) >= 8 } == true)
        let older = try json(try sana.run(["course", "show", "ai-foundations", "--version", "1", "--json", "--db", db]))
        #expect(older["current"] as? Bool == false)
        #expect(older["glossary"] == nil)

        // The open attempt resumes on version 1, with the same questions as first shown.
        let resumed = try take(["--no-submit"])
        #expect(resumed["attempt_id"] as? Int == 1)
        #expect(resumed["resumed"] as? Bool == true)
        #expect(questions(resumed) == onFirst)
        let inspected = try sana.run(["quiz", "show-attempt", "1", "--db", db])
        #expect(inspected.status == 0, "\(inspected.stdout)")
        #expect(inspected.stdout.contains(" · ai-foundations version 1 · "))
        let submitted = try take([])
        #expect((submitted["result"] as? [String: Any])?["version"] as? Int == 1)

        // The next attempt is drawn from version 2: 30 questions, lesson 10's pool among them.
        let next = try take(["--no-submit"])
        #expect(next["attempt_id"] as? Int == 2)
        let onSecond = questions(next)
        #expect(onSecond.count == 30)
        #expect(onSecond.filter { $0.hasPrefix("generative-ai-and-agents-") }.count == 3)
        let versions = try DatabaseQueue(path: db).read { db in
            try Row.fetchAll(db, sql: "SELECT a.id, v.version FROM attempt a JOIN course_version v ON v.id = a.course_version_id ORDER BY a.id")
                .map { "\($0["id"] as Int64):\($0["version"] as Int)" }
        }
        #expect(versions == ["1:1", "2:2"])
        #expect(try sana.run(["quiz", "show-attempt", "2", "--db", db]).status == 0)

        // Practice comes with version 2, in Russian too.
        let practice = try sana.run(["quiz", "practice", "ai-foundations", "--learner", iin, "--lesson", "1", "--lang", "ru", "--answers", "-", "--db", db], input: "{}")
        #expect(practice.status == 0, "\(practice.stderr)")
        #expect(practice.stdout.hasPrefix("Основы искусственного интеллекта · практика · урок 1: "))
        #expect(practice.stdout.hasSuffix("\nПрактика окончена: ни на один вопрос не дан ответ.\n"))
    }
}
