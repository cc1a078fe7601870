import Courses
import Foundation
import GRDB
import SanaStore
import SanaTestSupport
import Testing

/// Versioning: the same content twice is one version, a change is a new one, and what used the
/// old version keeps pointing at it.
@Suite struct CourseImporterTests {
    @Test func sameContentTwiceIsOneVersion() throws {
        let store = try TestStore()
        let fixture = PackageFixture()
        let importer = CourseImporter(store: store.store)
        let first = try importer.importPackage(try fixture.load())
        #expect(first.outcome == .created)
        #expect(first.version == 1)
        #expect(first.lessons == 2)
        #expect(first.questions == 3)
        let second = try importer.importPackage(try fixture.load())
        #expect(second.outcome == .unchanged)
        #expect(second.version == 1)
        #expect(second.contentSHA256 == first.contentSHA256)
        try store.store.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM course_version") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM lesson") == 4)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM question") == 6)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE action = 'course.import'") == 1)
        }
    }

    /// The glossary and the practice sets are stored with the version they came with; a package
    /// without them stores none.
    @Test func glossaryAndPracticeAreStoredWithTheVersion() throws {
        let store = try TestStore()
        let fixture = PackageFixture()
        fixture.files["glossary.yaml"] = GlossaryTests.glossary
        fixture.files["practice/02-second.kk.gift"] = PracticeCheckTests.kk
        fixture.files["practice/02-second.en.gift"] = PracticeCheckTests.en
        let package = try fixture.load()
        let result = try CourseImporter(store: store.store).importPackage(package)
        #expect(result.practiceQuestions == 2)
        #expect(result.glossaryTerms == 2)
        let catalog = CourseCatalog(store: store.store)
        let version = try catalog.currentVersion(of: "mini")
        #expect(try catalog.glossary(of: version) == package.glossary)
        #expect(try catalog.practiceCounts(of: version, in: .kk) == [2: 2])
        #expect(try catalog.practice(of: version, lesson: 1, in: .en) == [])
        let practice = try catalog.practice(of: version, lesson: 2, in: .en)
        #expect(practice == package.practice.filter { $0.language == .en })
        #expect(practice.map(\.pool) == ["02-second", "02-second"])
        // Practice questions are not exam questions: the exam's pools are as before.
        #expect(try catalog.questions(of: version, in: .en).map(\.id) == ["q1", "q2", "q3"])

        fixture.files["glossary.yaml"] = nil
        for language in ["kk", "en"] { fixture.files["practice/02-second.\(language).gift"] = nil }
        try FileManager.default.removeItem(atPath: fixture.root.file("mini/glossary.yaml"))
        try FileManager.default.removeItem(atPath: fixture.root.file("mini/practice"))
        let plain = try CourseImporter(store: store.store).importPackage(try fixture.load())
        #expect(plain.version == 2)
        #expect((plain.practiceQuestions, plain.glossaryTerms) == (0, 0))
        let second = try catalog.currentVersion(of: "mini")
        #expect(try catalog.glossary(of: second) == nil)
        #expect(try catalog.practiceCounts(of: second, in: .en) == [:])
        #expect(try catalog.glossary(of: version) == package.glossary)
    }

    @Test func changedContentIsANewVersionAndOldAttemptsKeepTheirs() throws {
        let store = try TestStore()
        let fixture = PackageFixture()
        let importer = CourseImporter(store: store.store)
        _ = try importer.importPackage(try fixture.load())
        let catalog = CourseCatalog(store: store.store)
        let v1 = try catalog.currentVersion(of: "mini")
        let attempt = try store.store.write { db -> Int64 in
            try db.execute(sql: """
                INSERT INTO learner (iin, last_name, first_name, subject_uuid, created_at, updated_at)
                VALUES ('040115500005', 'Серікова', 'Айгерім', '11111111-2222-3333-4444-555555555555', 'now', 'now')
                """)
            try db.execute(sql: """
                INSERT INTO attempt (learner_id, course_version_id, lang, seed, started_at, deadline) VALUES (1, ?, 'en', 7, 'now', 'later')
                """, arguments: [v1.id])
            return db.lastInsertedRowID
        }

        fixture.edit("questions/basics.en.gift", "Pick the even number.", "Pick the even number below 3.")
        let changed = try importer.importPackage(try fixture.load())
        #expect(changed.outcome == .created)
        #expect(changed.version == 2)
        let v2 = try catalog.currentVersion(of: "mini")
        #expect(v2.version == 2)
        #expect(v2.id != v1.id)
        #expect(try catalog.versions(of: "mini").map(\.version) == [1, 2])
        #expect(try store.store.read { try Int64.fetchOne($0, sql: "SELECT course_version_id FROM attempt WHERE id = ?", arguments: [attempt]) } == v1.id)
        #expect(try catalog.questions(of: v1, in: .en, pool: "basics").map(\.text)[1] == "Pick the even number.")
        #expect(try catalog.questions(of: v2, in: .en, pool: "basics").map(\.text)[1] == "Pick the even number below 3.")
        #expect(try catalog.version(1, of: "mini") == v1)
    }

    @Test func importingAnOlderVersionsContentMakesItCurrentAgain() throws {
        let store = try TestStore()
        let fixture = PackageFixture()
        let importer = CourseImporter(store: store.store)
        _ = try importer.importPackage(try fixture.load(), now: Date(timeIntervalSince1970: 1_000))
        fixture.edit("lessons/01-first.en.md", "first", "very first")
        _ = try importer.importPackage(try fixture.load(), now: Date(timeIntervalSince1970: 2_000))
        fixture.edit("lessons/01-first.en.md", "very first", "first")
        let back = try importer.importPackage(try fixture.load(), now: Date(timeIntervalSince1970: 3_000))
        #expect(back.outcome == .restored)
        #expect(back.version == 1)
        #expect(try CourseCatalog(store: store.store).currentVersion(of: "mini").version == 1)
        #expect(try CourseCatalog(store: store.store).versions(of: "mini").count == 2)
    }

    @Test func storedQuestionsAndLessonsReadBackAsParsed() throws {
        let store = try TestStore()
        let package = try PackageFixture().load()
        _ = try CourseImporter(store: store.store).importPackage(package)
        let catalog = CourseCatalog(store: store.store)
        let version = try catalog.currentVersion(of: "mini")
        #expect(version.definition == package.definition)
        #expect(version.contentSHA256 == package.contentSHA256)
        for language in [Language.kk, .en] {
            #expect(try catalog.questions(of: version, in: language) == package.questions.filter { $0.language == language })
            #expect(try catalog.lessons(of: version, in: language) == package.lessons.filter { $0.language == language })
        }
        #expect(try catalog.questionsByPool(of: version, in: .kk)["basics"]?.count == 3)
        #expect(try catalog.poolSizes(of: version, in: .en) == ["basics": 3])
        let summary = try #require(try catalog.courses().first)
        #expect(summary.id == "mini")
        #expect(summary.versions == 1)
        try store.store.read { (db: Database) throws in
            let options = try String.fetchOne(db, sql: "SELECT options FROM question WHERE qid = 'q2' AND lang = 'en'")
            #expect(options == #"["2","3"]"#)
            let key = try String.fetchOne(db, sql: "SELECT answer_key FROM question WHERE qid = 'q1' AND lang = 'en'")
            #expect(key == #"{"key":{"answer":true},"type":"truefalse"}"#)
            #expect(try String.fetchAll(db, sql: "SELECT action || ' ' || subject FROM audit_log WHERE action LIKE 'course.%'") == ["course.import mini"])
        }
    }

    @Test func thePackageMustBeValid() throws {
        let store = try TestStore()
        let fixture = PackageFixture()
        fixture.edit("course.yaml", "draw: 2", "draw: 9")
        let package = try fixture.load()
        #expect(throws: CoursesError.invalidPackage(path: fixture.path, errors: 1)) {
            try CourseImporter(store: store.store).importPackage(package)
        }
        #expect(try CourseCatalog(store: store.store).courses() == [])
    }

    @Test func readErrorsNameTheValues() throws {
        let store = try TestStore()
        _ = try CourseImporter(store: store.store).importPackage(try PackageFixture().load())
        let catalog = CourseCatalog(store: store.store)
        #expect(throws: CoursesError.courseNotFound("nope")) { try catalog.currentVersion(of: "nope") }
        #expect(throws: CoursesError.versionNotFound(course: "mini", version: 4)) { try catalog.version(4, of: "mini") }
        let version = try catalog.currentVersion(of: "mini")
        #expect(throws: CoursesError.poolNotFound(course: "mini", pool: "other", pools: ["basics"])) { try catalog.questions(of: version, in: .en, pool: "other") }
        #expect(CoursesError.versionNotFound(course: "mini", version: 4).description == "course mini has no version 4")
        #expect(CoursesError.poolNotFound(course: "mini", pool: "other", pools: ["basics"]).description == "course mini has no question pool other (its pools: basics)")
    }
}
