import Courses
import Foundation
import GRDB
import SanaTestSupport
import Testing

/// Lesson progress: the next lesson is the first not yet opened; opening is recorded once.
@Suite struct LessonProgressTests {
    let store: TestStore
    let learnerId: Int64 = 1

    init() throws {
        store = try TestStore()
        _ = try CourseImporter(store: store.store).importPackage(try PackageFixture().load())
        try store.store.write { db in
            try db.execute(sql: """
                INSERT INTO learner (id, iin, last_name, first_name, subject_uuid, created_at, updated_at)
                VALUES (1, '040115500005', 'Серікова', 'Айгерім', '11111111-2222-3333-4444-555555555555', 'now', 'now')
                """)
        }
    }

    @Test func nextLessonIsTheFirstNotYetOpened() throws {
        let progress = LessonProgress(store: store.store)
        let first = try progress.open(course: "mini", learnerId: learnerId, preferred: .en)
        #expect(first.lesson.position == 1)
        #expect(first.lesson.title == "First lesson")
        #expect(first.count == 2)
        #expect(first.viewed == 1)
        #expect(first.next == 2)
        #expect(first.courseTitle == "Mini course")
        let second = try progress.open(course: "mini", learnerId: learnerId, preferred: .en)
        #expect(second.lesson.position == 2)
        #expect(second.viewed == 2)
        #expect(second.next == nil)
        #expect(!second.allViewedBefore)
        let again = try progress.open(course: "mini", learnerId: learnerId, preferred: .en)
        #expect(again.allViewedBefore)
        #expect(again.lesson.position == 2)
        #expect(try progress.viewed(learnerId: learnerId, versionId: first.version.id) == [1, 2])
    }

    @Test func openingALessonTwiceRecordsItOnce() throws {
        let progress = LessonProgress(store: store.store)
        let at = Date(timeIntervalSince1970: 1_000_000)
        _ = try progress.open(course: "mini", learnerId: learnerId, position: 2, now: at)
        let view = try progress.open(course: "mini", learnerId: learnerId, position: 2, now: at.addingTimeInterval(60))
        #expect(view.viewed == 1)
        #expect(view.next == 1)
        let rows = try store.store.read { try Row.fetchAll($0, sql: "SELECT position, first_viewed_at FROM lesson_progress") }
        #expect(rows.count == 1)
        #expect(rows.first?["first_viewed_at"] == "1970-01-12 13:46:40.000")
    }

    @Test func languageChoice() throws {
        let progress = LessonProgress(store: store.store)
        #expect(try progress.open(course: "mini", learnerId: learnerId, position: 1, language: .kk, preferred: .en).lesson.title == "Бірінші сабақ")
        // The learner's stored locale is ru, which mini does not offer: the course's first language.
        #expect(try progress.open(course: "mini", learnerId: learnerId, position: 1, preferred: .ru).lesson.language == .kk)
        #expect(throws: CoursesError.languageNotOffered(course: "mini", language: "ru", offered: ["kk", "en"])) {
            try progress.open(course: "mini", learnerId: learnerId, language: .ru)
        }
    }

    @Test func lessonOutOfRange() throws {
        let progress = LessonProgress(store: store.store)
        #expect(throws: CoursesError.lessonNotFound(course: "mini", position: 3, count: 2)) {
            try progress.open(course: "mini", learnerId: learnerId, position: 3)
        }
        #expect(CoursesError.lessonNotFound(course: "mini", position: 3, count: 2).description == "course mini has no lesson 3: its lessons are 1 to 2")
        #expect(throws: CoursesError.courseNotFound("nope")) { try progress.open(course: "nope", learnerId: learnerId) }
    }

    @Test func nextOfAViewedList() {
        #expect(LessonProgress.next(viewed: [], count: 9) == 1)
        #expect(LessonProgress.next(viewed: [1, 2, 4], count: 9) == 3)
        #expect(LessonProgress.next(viewed: Array(1...9), count: 9) == nil)
    }
}
