import Courses
import Testing

/// Practice sets (`practice/NN-slug.<lang>.gift`): read like pools, checked like pools (same ids
/// and structures in every language), for listed lessons only, with ids no exam question has.
@Suite struct PracticeCheckTests {
    static let kk = """
        // practice, lesson 1
        ::p1::Аспан жасыл ма?{F#Дұрыс емес: аспан көк.#Иә, жасыл емес.####Ашық күні жоғары қараңыз.}

        ::p2::Жұп санды таңдаңыз.{=4#Дұрыс: 4 екіге бөлінеді. ~7#Қате: 7 тақ.####Жұп сан екіге қалдықсыз бөлінеді.}

        """
    static let en = """
        // practice, lesson 1
        ::p1::Is the sky green?{F#No: the sky is blue.#Right, it is not green.####Look up on a clear day.}

        ::p2::Pick the even number.{=4#Right: 4 divides by two. ~7#No: 7 is odd.####An even number divides by two with nothing left.}

        """

    func fixture(_ edit: (PackageFixture) -> Void = { _ in }) -> PackageFixture {
        let fixture = PackageFixture()
        fixture.files["practice/01-first.kk.gift"] = PracticeCheckTests.kk
        fixture.files["practice/01-first.en.gift"] = PracticeCheckTests.en
        edit(fixture)
        return fixture
    }

    @Test func practiceSetsAreReadLessonByLesson() throws {
        let package = try fixture().load()
        #expect(package.diagnostics == [])
        #expect(package.practiceSets == ["01-first"])
        #expect(package.practice.map { "\($0.pool) \($0.id).\($0.language.rawValue)" } == ["01-first p1.kk", "01-first p2.kk", "01-first p1.en", "01-first p2.en"])
        #expect(package.practice.map { package.lessonPosition(ofPractice: $0) } == [1, 1, 1, 1])
        #expect(package.questions.count == 6)
        #expect(package.files.contains("practice/01-first.en.gift"))
        #expect(try PackageFixture().load().contentSHA256 != package.contentSHA256)
    }

    @Test func aSetMissingInOneLanguage() throws {
        let found = try fixture { $0.files["practice/01-first.kk.gift"] = nil }.diagnostics()
        #expect(found == ["practice/01-first.en.gift:1: error: practice set 01-first has no kk file: expected practice/01-first.kk.gift"])
    }

    @Test func idsDifferFromExamIds() throws {
        let found = try fixture {
            $0.edit("practice/01-first.kk.gift", "::p2::", "::q2::")
            $0.edit("practice/01-first.en.gift", "::p2::", "::q2::")
        }.diagnostics()
        #expect(found == [
            "practice/01-first.en.gift:4: error: practice question q2 has the id of an exam question (questions/basics.en.gift:4): practice ids must differ from exam ids",
            "practice/01-first.kk.gift:4: error: practice question q2 has the id of an exam question (questions/basics.kk.gift:4): practice ids must differ from exam ids",
        ])
    }

    @Test func sameStructureInEveryLanguage() throws {
        let found = try fixture {
            $0.edit("practice/01-first.en.gift", "{F#No", "{T#No")
            $0.edit("practice/01-first.en.gift", "::p2::", "::p3::")
        }.diagnostics()
        #expect(found == [
            "practice/01-first.en.gift:2: error: question p1 has a different answer structure in en than in kk: a true/false question whose answer is true instead of a true/false question whose answer is false",
            "practice/01-first.en.gift:4: error: question p3 is missing in kk (practice/01-first.kk.gift)",
            "practice/01-first.kk.gift:4: error: question p2 is missing in en (practice/01-first.en.gift)",
        ])
    }

    @Test func onlyForListedLessonsAndNeverEmpty() throws {
        let found = try fixture {
            $0.files["practice/03-third.kk.gift"] = PracticeCheckTests.kk.replacingOccurrences(of: "::p", with: "::t")
            $0.files["practice/03-third.en.gift"] = PracticeCheckTests.en.replacingOccurrences(of: "::p", with: "::t")
            $0.files["practice/02-second.kk.gift"] = "// nothing yet\n"
            $0.files["practice/02-second.en.gift"] = "// nothing yet\n"
            $0.files["practice/notes.txt"] = "draft"
        }.diagnostics()
        #expect(found == [
            "practice/02-second.en.gift:1: error: practice file has no questions: a lesson's practice set needs at least one",
            "practice/02-second.kk.gift:1: error: practice file has no questions: a lesson's practice set needs at least one",
            "practice/03-third.en.gift:1: error: practice set 03-third is for no lesson: lessons/03-third is not listed under 'lessons' in course.yaml",
            "practice/03-third.kk.gift:1: error: practice set 03-third is for no lesson: lessons/03-third is not listed under 'lessons' in course.yaml",
            "practice/notes.txt:1: warning: ignoring notes.txt: files here are named NN-slug.LANG.gift (the lesson's file name)",
        ])
    }

    @Test func malformedPracticeGIFTIsReportedWithItsLine() throws {
        let found = try fixture { $0.edit("practice/01-first.en.gift", "with nothing left.}", "with nothing left.") }.diagnostics()
        #expect(found == [
            "practice/01-first.en.gift:4: error: question p2 has a '{' that is never closed",
            "practice/01-first.kk.gift:4: error: question p2 is missing in en (practice/01-first.en.gift)",
        ])
    }
}
