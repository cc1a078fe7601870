import Foundation
import GRDB
import SanaStore

/// Which lessons a learner has opened, per course version; "next lesson" is the first not yet opened.
package struct LessonProgress: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    /// Positions the learner has opened in a version, ascending.
    package func viewed(learnerId: Int64, versionId: Int64) throws -> [Int] {
        try store.read { try LessonProgress.viewed($0, learnerId: learnerId, versionId: versionId) }
    }

    package static func viewed(_ db: Database, learnerId: Int64, versionId: Int64) throws -> [Int] {
        try Int.fetchAll(db, sql: """
            SELECT position FROM lesson_progress WHERE learner_id = ? AND course_version_id = ? ORDER BY position
            """, arguments: [learnerId, versionId])
    }

    /// The first lesson the learner has not opened, or nil when they have opened them all.
    package static func next(viewed: [Int], count: Int) -> Int? {
        let seen = Set(viewed)
        return (1...max(1, count)).first { !seen.contains($0) && $0 <= count }
    }

    /// Opens lesson `position` (or the next one) of the course's current version for a learner,
    /// in `language` (or `preferred`, else the course's first language), and records it as viewed.
    /// Lesson N of an explicit `language` the course does not offer is an error; a `preferred`
    /// one (the learner's stored locale) falls back to the course's first language.
    package func open(course: String, learnerId: Int64, position: Int? = nil, language: Language? = nil, preferred: Language? = nil, now: Date = Date()) throws -> LessonView {
        let view = try lesson(course: course, learnerId: learnerId, position: position, language: language, preferred: preferred)
        try markViewed(learnerId: learnerId, versionId: view.version.id, position: view.lesson.position, now: now)
        return view
    }

    /// Records that a learner was shown a lesson: `sana learn` calls it once the lesson has
    /// reached a person (on a terminal, not a pipe; the pager worked).
    package func markViewed(learnerId: Int64, versionId: Int64, position: Int, now: Date = Date()) throws {
        try store.write { db in
            try db.execute(sql: """
                INSERT INTO lesson_progress (learner_id, course_version_id, position, first_viewed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """, arguments: [learnerId, versionId, position, Timestamp.string(from: now)])
        }
    }

    /// Lesson `position` (or the next one) as `open` chooses it, recording nothing; `viewed` and
    /// `next` count it as viewed, and `alreadyViewed` says whether it was before.
    package func lesson(course: String, learnerId: Int64, position: Int? = nil, language: Language? = nil, preferred: Language? = nil) throws -> LessonView {
        try store.read { db in
            guard let version = try CourseVersion.current(db, course: course) else { throw CoursesError.courseNotFound(course) }
            let offered = version.definition.languages
            if let language, !offered.contains(language) {
                throw CoursesError.languageNotOffered(course: course, language: language.rawValue, offered: offered.map(\.rawValue))
            }
            let chosen = language ?? preferred.flatMap { offered.contains($0) ? $0 : nil } ?? offered[0]
            let count = version.definition.lessons.count
            let before = try LessonProgress.viewed(db, learnerId: learnerId, versionId: version.id)
            let next = LessonProgress.next(viewed: before, count: count)
            let target = position ?? next ?? count
            guard (1...count).contains(target) else {
                throw CoursesError.lessonNotFound(course: course, position: target, count: count)
            }
            guard let lesson = try Lesson.find(db, versionId: version.id, position: target, language: chosen) else {
                throw CoursesError.lessonNotFound(course: course, position: target, count: count)
            }
            let viewed = Set(before + [target])
            return LessonView(version: version, lesson: lesson, count: count, viewed: viewed.count, allViewedBefore: position == nil && next == nil,
                              next: LessonProgress.next(viewed: Array(viewed), count: count), alreadyViewed: before.contains(target))
        }
    }
}
