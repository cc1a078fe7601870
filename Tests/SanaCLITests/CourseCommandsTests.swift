import Foundation
import GRDB
import SanaTestSupport
import Testing

/// `sana course check|import|list|show|export-gift`, run through the built binary.
@Suite struct CourseCommandsTests {
    let sana = SanaBinary.built

    /// The repository's shipped course.
    static let shipped: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("courses/ai-foundations").path
    }()

    /// A two-lesson course in kk and en with one pool of two questions, written under `folder/mini`.
    @discardableResult
    static func writeMini(in folder: TemporaryFolder, lesson1: String? = nil) throws -> String {
        try folder.write("mini/course.yaml", """
            id: mini
            languages: [kk, en]
            title:
              kk: Шағын курс
              en: Mini course
            description:
              kk: Сынақ курсы.
              en: A test course.
            lessons:
              - 01-first
              - 02-second
            exam:
              pools:
                - pool: basics
                  draw: 2
              time_limit_minutes: 30
              attempts: 2
              cooldown_minutes: 60
              pass_mark: 70
              grading: highest
              review: correctness

            """)
        try folder.write("mini/lessons/01-first.en.md", lesson1 ?? """
            # First lesson

            This is the **first** lesson, with *emphasis*, `code` and a [link](https://egov.kz) in a paragraph long enough to wrap.

            ## A list

            - one item
            - another item that is long enough to wrap at forty columns

            ```
            let x = 1   // never wrapped, however long this line of code happens to be
            ```

            """)
        try folder.write("mini/lessons/01-first.kk.md", "# Бірінші сабақ\n\nБұл **бірінші** сабақ.\n")
        try folder.write("mini/lessons/02-second.en.md", "# Second lesson\n\nThe end.\n")
        try folder.write("mini/lessons/02-second.kk.md", "# Екінші сабақ\n\nСоңы.\n")
        try folder.write("mini/questions/basics.en.gift", "::q1::Is the sky green?{F####Look up on a clear day.}\n\n::q2::Capital?{=Astana =Астана####The city on the Ishim.}\n")
        try folder.write("mini/questions/basics.kk.gift", "::q1::Аспан жасыл ма?{F####Ашық күні жоғары қараңыз.}\n\n::q2::Елорда?{=Астана =Astana####Есіл бойындағы қала.}\n")
        return folder.file("mini")
    }

    @Test func checkPassesOnTheShippedCourse() throws {
        let result = try sana.run(["course", "check", CourseCommandsTests.shipped])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        // The cue table: a header, one row per pool and language (figures in ShippedCourseTests), the limits.
        #expect(lines.first?.hasPrefix("POOL  ") == true)
        #expect(lines.filter { $0.hasPrefix("what-is-ai ") }.map { $0.split(separator: " ")[1] } == ["kk", "ru", "en"])
        #expect(lines.count == 1 + 30 + 2)
        #expect(lines.last?.hasPrefix("\(CourseCommandsTests.shipped): ok: 10 lessons, 300 questions in 10 pools, kk ru en, 30 drawn per attempt, ") == true)
        #expect(lines.last?.contains(" practice questions for 10 lessons, ") == true)
        #expect(lines.last?.hasSuffix(" glossary terms") == true)
    }

    @Test func checkFailsOnCuesAndNamesTheQuestions() throws {
        let work = TemporaryFolder()
        try CourseCommandsTests.writeMini(in: work)
        try work.write("mini/questions/basics.en.gift", "::q1::Is the sky green?{T####True\\: look up.}\n\n::q2::Capital?{=Astana =Астана####Astana, on the Ishim.}\n")
        try work.write("mini/questions/basics.kk.gift", "::q1::Аспан жасыл ма?{T####Ашық күні жоғары қараңыз.}\n\n::q2::Елорда?{=Астана =Astana####Есіл бойындағы қала.}\n")
        let result = try sana.run(["course", "check", "mini"], in: work.path)
        #expect(result.status == 1)
        #expect(result.stderr == """
            mini/questions/basics.en.gift:1: error: always choosing the longest option and answering True would score 50% (at most 30%): it earns credit on q1
            mini/questions/basics.en.gift:1: error: the general feedback of true/false question q1 starts with the verdict 'True'
            mini/questions/basics.en.gift:3: error: the general feedback of question q2 contains its accepted answer 'Astana'
            mini/questions/basics.kk.gift:1: error: always choosing the longest option and answering True would score 50% (at most 30%): it earns credit on q1
            sana: error: course package mini failed its check

            """)
        #expect(result.stdout == """
            POOL    LANG  LONGEST KEY  LONGEST+TRUE  MULTI RIGHT ANSWERS  TRUE/FALSE  LEAKS
            basics  kk    -            50%           -                    1T 0F       0
            basics  en    -            50%           -                    1T 0F       2
            limits: longest key ≤ 35% of single-answer questions; longest option + True ≤ 30%; multiple-answer right counts not all equal (from 4 questions); true/false ≤ 70% one way (from 5 questions); no key in general feedback or in a wrong option's feedback
            mini: 4 errors: 2 lessons, 2 questions in 1 pools, kk en, 2 drawn per attempt

            """)
    }

    @Test func checkPrintsFileLineDiagnosticsAndFails() throws {
        let work = TemporaryFolder()
        try CourseCommandsTests.writeMini(in: work)
        try work.write("mini/questions/basics.en.gift", "::q1::Is the sky green?{F####Look up on a clear day.}\n\n::q2::Capital?{~Astana ~Almaty}\n")
        try work.write("mini/lessons/notes.txt", "scratch")
        let result = try sana.run(["course", "check", "mini"], in: work.path)
        #expect(result.status == 1)
        #expect(result.stderr == """
            mini/lessons/notes.txt:1: warning: ignoring notes.txt: files here are named NN-slug.LANG.md
            mini/questions/basics.en.gift:3: error: question q2 has no correct answer: no option earns credit
            mini/questions/basics.en.gift:3: error: question q2 has a different answer structure in en than in kk: a multiple-answer question with credits 0, 0 instead of a short-answer question
            mini/questions/basics.en.gift:3: warning: question q2 has no feedback: add '#...' after answers or '####...' before '}'
            sana: error: course package mini failed its check

            """)
        #expect(result.stdout.hasSuffix("\nmini: 2 errors, 2 warnings: 2 lessons, 2 questions in 1 pools, kk en, 2 drawn per attempt\n"))
    }

    @Test func checkTakesSeveralFoldersAndAMissingOne() throws {
        let work = TemporaryFolder()
        try CourseCommandsTests.writeMini(in: work)
        let result = try sana.run(["course", "check", "mini", "mini/"], in: work.path)
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("mini: ok") }.count == 2)
        let missing = try sana.run(["course", "check", "nothing-here"], in: work.path)
        #expect(missing.status == 1)
        #expect(missing.stderr == "sana: error: no course package at nothing-here: expected a folder with course.yaml, lessons/ and questions/\n")
    }

    @Test func importIsVersionedByContent() throws {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        _ = try sana.run(["init", "--db", db])
        try CourseCommandsTests.writeMini(in: work)
        let first = try sana.run(["course", "import", "mini", "--db", db], in: work.path)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("imported mini version 1: 2 lessons and 2 questions in kk, en (sha256 "))
        let again = try sana.run(["course", "import", "mini", "--db", db], in: work.path)
        #expect(again.stdout.hasPrefix("mini is unchanged: version 1 has this content (sha256 "))
        try CourseCommandsTests.writeMini(in: work, lesson1: "# First lesson\n\nRewritten.\n")
        let changed = try sana.run(["course", "import", "mini", "--db", db, "--json"], in: work.path)
        let json = try JSONSerialization.jsonObject(with: Data(changed.stdout.utf8)) as? [String: Any]
        #expect(json?["outcome"] as? String == "created")
        #expect(json?["version"] as? Int == 2)
        #expect(try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM course_version") } == 2)

        let list = try sana.run(["course", "list", "--db", db])
        #expect(list.stdout == """
            course  version  lessons  languages  title
            mini    2 of 2   2        kk en      Mini course

            """)
        let show = try sana.run(["course", "show", "mini", "--version", "1", "--json", "--db", db])
        let shown = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
        #expect(shown?["version"] as? Int == 1)
        #expect(shown?["current"] as? Bool == false)
        #expect((shown?["pools"] as? [[String: Any]])?.first?["questions"] as? Int == 2)
        let text = try sana.run(["course", "show", "mini", "--db", db])
        #expect(text.stdout.hasPrefix("mini version 2 of 2 (current)\n"))
        #expect(text.stdout.contains("exam       2 questions from 1 pools, 30 min, 2 attempts, 60 min between attempts, pass mark 70%, grading highest, review correctness\n"))
    }

    @Test func importRefusesAnInvalidPackage() throws {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        _ = try sana.run(["init", "--db", db])
        try CourseCommandsTests.writeMini(in: work)
        try work.write("mini/course.yaml", try String(contentsOfFile: work.file("mini/course.yaml"), encoding: .utf8).replacingOccurrences(of: "draw: 2", with: "draw: 3"))
        let result = try sana.run(["course", "import", "mini", "--db", db], in: work.path)
        #expect(result.status == 1)
        #expect(result.stderr == """
            mini/course.yaml:15: error: the exam draws 3 questions from pool basics, which has only 2
            sana: error: course package mini has 1 error: nothing was imported

            """)
        #expect(try sana.run(["course", "list", "--db", db]).stdout == "no courses: import one with 'sana course import DIR'\n")
    }

    @Test func exportGiftReadsBackAsTheSameQuestions() throws {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        _ = try sana.run(["init", "--db", db])
        let copy = work.file("ai-foundations")
        try FileManager.default.copyItem(atPath: CourseCommandsTests.shipped, toPath: copy)
        #expect(try sana.run(["course", "import", copy, "--db", db]).status == 0)
        var exported: [String: String] = [:]
        for language in ["kk", "ru", "en"] {
            let result = try sana.run(["course", "export-gift", "ai-foundations", "what-is-ai", "--lang", language, "--db", db])
            #expect(result.status == 0, "\(result.stderr)")
            exported[language] = result.stdout
            try work.write("ai-foundations/questions/what-is-ai.\(language).gift", result.stdout)
        }
        // The exported files pass the check, import as new bytes (version 2), and export again identically.
        #expect(try sana.run(["course", "check", copy]).status == 0)
        #expect(try sana.run(["course", "import", copy, "--db", db]).stdout.hasPrefix("imported ai-foundations version 2"))
        for language in ["kk", "ru", "en"] {
            let again = try sana.run(["course", "export-gift", "ai-foundations", "what-is-ai", "--lang", language, "--db", db]).stdout
            #expect(again == exported[language]!.replacingOccurrences(of: "version 1,", with: "version 2,"))
        }
        let unknown = try sana.run(["course", "export-gift", "ai-foundations", "nope", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("sana: error: course ai-foundations has no question pool nope (its pools: ai-applications, bias-and-fairness,"))
    }

    @Test func unknownCourseAndVersion() throws {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        _ = try sana.run(["init", "--db", db])
        let none = try sana.run(["course", "show", "nope", "--db", db])
        #expect(none.status == 1)
        #expect(none.stderr == "sana: error: no course nope in the store: import it with 'sana course import'\n")
        try CourseCommandsTests.writeMini(in: work)
        _ = try sana.run(["course", "import", "mini", "--db", db], in: work.path)
        let version = try sana.run(["course", "show", "mini", "--version", "3", "--db", db])
        #expect(version.stderr == "sana: error: course mini has no version 3\n")
    }
}
