import Courses
import Foundation
import Testing

/// `sana course check`'s engine: one test per kind of problem, with the exact text and line.
@Suite struct CourseCheckerTests {
    @Test func theFixtureIsValid() throws {
        let package = try PackageFixture().load()
        #expect(package.diagnostics == [])
        #expect(package.definition?.id == "mini")
        #expect(package.definition?.exam == ExamDefinition(pools: [PoolDraw(pool: "basics", draw: 2)], timeLimitMinutes: 30, attempts: 2, cooldownMinutes: 60, passMark: 70, grading: .highest, review: .correctness))
        #expect(package.lessons.map { "\($0.position) \($0.language.rawValue) \($0.title)" } == ["1 kk Бірінші сабақ", "1 en First lesson", "2 kk Екінші сабақ", "2 en Second lesson"])
        #expect(package.lessons[1].body == "This is the **first** lesson.\n")
        #expect(package.questions.map { "\($0.id).\($0.language.rawValue)" } == ["q1.kk", "q2.kk", "q3.kk", "q1.en", "q2.en", "q3.en"])
        #expect(package.files == ["course.yaml", "lessons/01-first.en.md", "lessons/01-first.kk.md", "lessons/02-second.en.md", "lessons/02-second.kk.md", "questions/basics.en.gift", "questions/basics.kk.gift"])
    }

    @Test func missingFolder() {
        #expect(throws: CoursesError.packageNotFound(path: "/nonexistent/x")) { try CoursePackage.load("/nonexistent/x") }
        #expect(CoursesError.packageNotFound(path: "/x").description == "no course package at /x: expected a folder with course.yaml, lessons/ and questions/")
    }

    @Test func yamlSyntaxError() throws {
        let fixture = PackageFixture()
        fixture.edit("course.yaml", "languages: [kk, en]", "languages: [kk, en")
        #expect(try fixture.diagnostics().first == "course.yaml:3: error: YAML: did not find expected ',' or ']'")
    }

    @Test func unknownKey() throws {
        let fixture = PackageFixture()
        fixture.edit("course.yaml", "  attempts: 2", "  atempts: 2")
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == [
            "course.yaml:12: error: missing key 'attempts' in 'exam'",
            "course.yaml:17: error: unknown key 'atempts' in 'exam' (expected one of: pools, time_limit_minutes, attempts, cooldown_minutes, pass_mark, grading, review, requires_lessons)",
        ])
    }

    @Test func examNumbersStayWithinSaneRanges() throws {
        // A huge time limit or wait passed check, and then every `quiz take` trapped.
        let fixture = PackageFixture()
        fixture.edit("course.yaml", "time_limit_minutes: 30", "time_limit_minutes: 100000000000000000")
        fixture.edit("course.yaml", "cooldown_minutes: 60", "cooldown_minutes: 525601")
        fixture.edit("course.yaml", "attempts: 2", "attempts: 101")
        fixture.edit("course.yaml", "draw: 2", "draw: 1001")
        #expect(try fixture.diagnostics() == [
            "course.yaml:15: error: 'draw' is 1001: it must be 1...1000",
            "course.yaml:16: error: 'time_limit_minutes' is 100000000000000000: it must be 1...1440",
            "course.yaml:17: error: 'attempts' is 101: it must be 1...100",
            "course.yaml:18: error: 'cooldown_minutes' is 525601: it must be 0...525600",
        ])
        let edges = PackageFixture()
        edges.edit("course.yaml", "time_limit_minutes: 30", "time_limit_minutes: 1440")
        edges.edit("course.yaml", "cooldown_minutes: 60", "cooldown_minutes: 525600")
        edges.edit("course.yaml", "attempts: 2", "attempts: 100")
        #expect(try edges.diagnostics() == [])
    }

    @Test func aDuplicateKeyIsReportedWhereItRepeatsInOneSentence() throws {
        let fixture = PackageFixture()
        fixture.edit("course.yaml", "  attempts: 2\n", "  attempts: 2\n  attempts: 3\n")
        #expect(try fixture.diagnostics() == ["course.yaml:18: error: duplicate key 'attempts': it is already set on line 17"])
        let top = PackageFixture()
        top.edit("course.yaml", "lessons:\n", "id: other\nlessons:\n")
        #expect(try top.diagnostics() == ["course.yaml:9: error: duplicate key 'id': it is already set on line 1"])
        let flow = PackageFixture()
        flow.edit("course.yaml", "languages: [kk, en]", "languages: [kk, en]\nextra: {a: 1, a: 2}")
        #expect(try flow.diagnostics() == ["course.yaml:3: error: key 'a' is set twice in one mapping"])
    }

    @Test func aLessonOrQuestionFileMayNotLeadOutsideThePackage() throws {
        let fixture = PackageFixture()
        let package = try fixture.write()
        let outside = fixture.root.file("secret.md")
        try "# Secret\n\nNot part of the course.\n".write(toFile: outside, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: package + "/lessons/02-second.en.md")
        try FileManager.default.createSymbolicLink(atPath: package + "/lessons/02-second.en.md", withDestinationPath: outside)
        try FileManager.default.removeItem(atPath: package + "/questions/basics.en.gift")
        try FileManager.default.createSymbolicLink(atPath: package + "/questions/basics.en.gift", withDestinationPath: "../../secret.md")
        // A link that stays inside the package is fine.
        try FileManager.default.removeItem(atPath: package + "/lessons/01-first.en.md")
        try FileManager.default.createSymbolicLink(atPath: package + "/lessons/01-first.en.md", withDestinationPath: "02-second.kk.md")
        let loaded = try CoursePackage.load(package)
        let real = CoursePackageProbe.realPath(outside)
        #expect(loaded.diagnostics.map { $0.description.replacingOccurrences(of: package + "/", with: "") } == [
            "course.yaml:11: error: lesson 02-second has no en file: expected lessons/02-second.en.md",
            "course.yaml:15: error: pool basics has no en file: expected questions/basics.en.gift",
            "lessons/02-second.en.md:1: error: lessons/02-second.en.md leads to \(real), outside the package: a package's files must be inside its folder",
            "questions/basics.en.gift:1: error: questions/basics.en.gift leads to \(real), outside the package: a package's files must be inside its folder",
        ])
        #expect(!loaded.files.contains("lessons/02-second.en.md"))
    }

    @Test func missingKey() throws {
        let fixture = PackageFixture()
        fixture.edit("course.yaml", "description:\n  kk: Сынақ курсы.\n  en: A test course.\n", "")
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == ["course.yaml:1: error: missing key 'description' in course.yaml"])
    }

    @Test func titleMissingInOneLanguage() throws {
        let fixture = PackageFixture()
        fixture.edit("course.yaml", "  en: Mini course\n", "")
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == ["course.yaml:3: error: missing key 'en' in 'title'"])
    }

    @Test func valuesOfTheWrongKind() throws {
        let fixture = PackageFixture()
        fixture.edit("course.yaml", "pass_mark: 70", "pass_mark: 170")
        fixture.edit("course.yaml", "grading: highest", "grading: best")
        fixture.edit("course.yaml", "languages: [kk, en]", "languages: [kk, de]")
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == [
            "course.yaml:2: error: unknown language 'de' (sana offers kk, ru, en)",
            "course.yaml:19: error: 'pass_mark' must be a percentage from 0 to 100, not '170'",
            "course.yaml:20: error: 'grading' must be one of highest, last, not 'best'",
        ])
    }

    @Test func lessonMissingInOneLanguage() throws {
        let fixture = PackageFixture()
        fixture.files["lessons/02-second.en.md"] = nil
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == ["course.yaml:11: error: lesson 02-second has no en file: expected lessons/02-second.en.md"])
    }

    @Test func lessonNotListed() throws {
        let fixture = PackageFixture()
        fixture.files["lessons/03-extra.kk.md"] = "# Қосымша\n\nМәтін.\n"
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == ["lessons/03-extra.kk.md:1: error: lesson 03-extra is not listed under 'lessons' in course.yaml"])
    }

    @Test func lessonWithoutTitle() throws {
        let fixture = PackageFixture()
        fixture.files["lessons/01-first.en.md"] = "\nThis lesson forgot its title.\n"
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == ["lessons/01-first.en.md:2: error: lesson must start with its title as a '# Title' heading"])
    }

    @Test func questionMissingInOneLanguage() throws {
        let fixture = PackageFixture()
        fixture.edit("questions/basics.kk.gift", "::q3::Қазақстанның астанасы?{=Астана =Astana####Астана.}", "")
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == ["questions/basics.en.gift:9: error: question q3 is missing in kk (questions/basics.kk.gift)"])
    }

    @Test func idsThatDifferBetweenLanguages() throws {
        let fixture = PackageFixture()
        fixture.edit("questions/basics.en.gift", "::q2::", "::q2b::")
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == [
            "questions/basics.en.gift:4: error: question q2b is missing in kk (questions/basics.kk.gift)",
            "questions/basics.kk.gift:4: error: question q2 is missing in en (questions/basics.en.gift)",
        ])
    }

    @Test func answerStructuresThatDifferBetweenLanguages() throws {
        let fixture = PackageFixture()
        fixture.edit("questions/basics.en.gift", "{T####Usually.}", "{F####Usually.}")
        fixture.edit("questions/basics.en.gift", "~3#Odd.", "~3#Odd.\n~5#Odd too.")
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == [
            "questions/basics.en.gift:2: error: question q1 has a different answer structure in en than in kk: a true/false question whose answer is false instead of a true/false question whose answer is true",
            "questions/basics.en.gift:4: error: question q2 has a different answer structure in en than in kk: a choice question with credits 100, 0, 0 instead of a choice question with credits 100, 0",
        ])
    }

    @Test func questionWithNoCorrectAnswer() throws {
        let fixture = PackageFixture()
        for file in ["questions/basics.kk.gift", "questions/basics.en.gift"] {
            fixture.edit(file, "=2#", "~%50%2#")
        }
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == [
            "questions/basics.en.gift:4: error: partial credits of question q2 add up to 50%, not 100%",
            "questions/basics.kk.gift:4: error: partial credits of question q2 add up to 50%, not 100%",
        ])
        let none = PackageFixture()
        none.edit("questions/basics.en.gift", "=2#", "~2#")
        none.edit("questions/basics.kk.gift", "=2#", "~2#")
        let noneFound = try none.diagnostics()
        #expect(noneFound == [
            "questions/basics.en.gift:4: error: question q2 has no correct answer: no option earns credit",
            "questions/basics.kk.gift:4: error: question q2 has no correct answer: no option earns credit",
        ])
        let short = PackageFixture()
        short.edit("questions/basics.en.gift", "{=Astana =Астана", "{=%50%Astana =%50%Астана")
        let shortFound = try short.diagnostics()
        #expect(shortFound == ["questions/basics.en.gift:9: error: question q3 has no correct answer: no accepted answer earns 100%"])
    }

    @Test func partialCreditsThatDoNotAddUp() throws {
        let fixture = PackageFixture()
        fixture.files["questions/extra.kk.gift"] = "::m1::Екеуін таңдаңыз.{~%50%а ~%40%ә ~%-100%б####Кері байланыс.}\n"
        fixture.files["questions/extra.en.gift"] = "::m1::Pick two.{~%50%a ~%40%b ~%-100%c####Feedback.}\n"
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == [
            "questions/extra.en.gift:1: error: partial credits of question m1 add up to 90%, not 100%",
            "questions/extra.kk.gift:1: error: partial credits of question m1 add up to 90%, not 100%",
            "questions/extra.kk.gift:1: warning: pool extra is not drawn by the exam (exam.pools in course.yaml)",
        ])
    }

    @Test func drawLargerThanItsPool() throws {
        let fixture = PackageFixture()
        fixture.edit("course.yaml", "draw: 2", "draw: 5")
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == ["course.yaml:15: error: the exam draws 5 questions from pool basics, which has only 3"])
    }

    @Test func poolMissingInOneLanguage() throws {
        let fixture = PackageFixture()
        fixture.files["questions/basics.kk.gift"] = nil
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == ["course.yaml:15: error: pool basics has no kk file: expected questions/basics.kk.gift"])
    }

    @Test func duplicateIds() throws {
        let fixture = PackageFixture()
        fixture.edit("questions/basics.en.gift", "::q3::", "::q1::")
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == [
            "questions/basics.en.gift:9: error: duplicate question id q1 (first at questions/basics.en.gift:2)",
            "questions/basics.kk.gift:9: error: question q3 is missing in en (questions/basics.en.gift)",
        ])
    }

    @Test func malformedGIFTIsReportedWithItsLine() throws {
        let fixture = PackageFixture()
        fixture.edit("questions/basics.en.gift", "~3#Odd.\n}", "~3#Odd.")
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == [
            "questions/basics.en.gift:4: error: question q2 has a '{' that is never closed",
            "questions/basics.kk.gift:4: error: question q2 is missing in en (questions/basics.en.gift)",
        ])
    }

    @Test func fileInALanguageNotOffered() throws {
        let fixture = PackageFixture()
        fixture.files["lessons/01-first.ru.md"] = "# Первый\n\nТекст.\n"
        let fixtureFound = try fixture.diagnostics()
        #expect(fixtureFound == ["lessons/01-first.ru.md:1: error: the course does not offer ru: add it to 'languages' in course.yaml or remove this file"])
    }

    @Test func warningsDoNotMakeAnError() throws {
        let fixture = PackageFixture()
        fixture.edit("questions/basics.en.gift", "{T####Usually.}", "{T}")
        fixture.files["lessons/notes.txt"] = "scratch"
        let package = try fixture.load()
        #expect(package.diagnostics.map { $0.description.replacingOccurrences(of: fixture.path + "/", with: "") } == [
            "lessons/notes.txt:1: warning: ignoring notes.txt: files here are named NN-slug.LANG.md",
            "questions/basics.en.gift:2: warning: question q1 has no feedback: add '#...' after answers or '####...' before '}'",
        ])
        #expect(!package.hasErrors)
    }

    @Test func contentHashCoversEveryFileAndNothingElse() throws {
        let fixture = PackageFixture()
        let first = try fixture.load().contentSHA256
        #expect(try fixture.load().contentSHA256 == first)
        try fixture.root.write("mini/lessons/.DS_Store", "junk")
        #expect(try fixture.load().contentSHA256 == first)
        fixture.edit("lessons/01-first.en.md", "first", "very first")
        #expect(try fixture.load().contentSHA256 != first)
    }
}

/// The real path of a file, as the checker resolves links.
enum CoursePackageProbe {
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
