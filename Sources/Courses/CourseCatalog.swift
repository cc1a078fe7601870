import Foundation
import GRDB
import SanaStore

/// Reads courses from the store: courses, their versions, lessons and questions. Each method
/// has a `Database` form on the record type (`CourseVersion.current(db, course:)` and so on)
/// for use inside another module's transaction.
package struct CourseCatalog: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    /// Every course, by id, with its current version.
    package func courses() throws -> [CourseSummary] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.id, c.created_at, count(v.id) AS versions FROM course c
                JOIN course_version v ON v.course_id = c.id GROUP BY c.id ORDER BY c.id
                """).map { row in
                let id: String = row["id"]
                guard let current = try CourseVersion.current(db, course: id) else { throw CoursesError.courseNotFound(id) }
                return CourseSummary(id: id, createdAt: row["created_at"], current: current, versions: row["versions"])
            }
        }
    }

    package func versions(of course: String) throws -> [CourseVersion] {
        try store.read { db in
            let versions = try CourseVersion.all(db, course: course)
            if versions.isEmpty { throw CoursesError.courseNotFound(course) }
            return versions
        }
    }

    package func currentVersion(of course: String) throws -> CourseVersion {
        try store.read { db in
            guard let version = try CourseVersion.current(db, course: course) else { throw CoursesError.courseNotFound(course) }
            return version
        }
    }

    /// Version `number` of `course`, or the current one when `number` is nil.
    package func version(_ number: Int?, of course: String) throws -> CourseVersion {
        guard let number else { return try currentVersion(of: course) }
        return try store.read { db in
            if let version = try CourseVersion.find(db, course: course, version: number) { return version }
            if try CourseVersion.current(db, course: course) == nil { throw CoursesError.courseNotFound(course) }
            throw CoursesError.versionNotFound(course: course, version: number)
        }
    }

    package func lessons(of version: CourseVersion, in language: Language) throws -> [Lesson] {
        try store.read { try Lesson.all($0, versionId: version.id, language: language) }
    }

    /// The questions of a version in one language, all pools or one.
    package func questions(of version: CourseVersion, in language: Language, pool: String? = nil) throws -> [Question] {
        if let pool, !version.definition.exam.pools.contains(where: { $0.pool == pool }) {
            let pools = try store.read { db in
                try String.fetchAll(db, sql: "SELECT DISTINCT pool FROM question WHERE course_version_id = ? ORDER BY pool", arguments: [version.id])
            }
            if !pools.contains(pool) {
                throw CoursesError.poolNotFound(course: version.courseId, pool: pool, pools: pools)
            }
        }
        return try store.read { try Question.all($0, versionId: version.id, language: language, pool: pool) }
    }

    /// Questions grouped by pool, for drawing an exam.
    package func questionsByPool(of version: CourseVersion, in language: Language) throws -> [String: [Question]] {
        Dictionary(grouping: try questions(of: version, in: language), by: \.pool)
    }

    package func poolSizes(of version: CourseVersion, in language: Language) throws -> [String: Int] {
        try store.read { try Question.poolSizes($0, versionId: version.id, language: language) }
    }

    /// The glossary stored with a version; nil when its package had none.
    package func glossary(of version: CourseVersion) throws -> Glossary? {
        let json = try store.read { try String.fetchOne($0, sql: "SELECT glossary FROM course_version WHERE id = ?", arguments: [version.id]) }
        guard let json else { return nil }
        do {
            return try JSONDecoder().decode(Glossary.self, from: Data(json.utf8))
        } catch {
            throw CoursesError.corruptRecord(table: "course_version", id: String(version.id), reason: "its glossary is not a glossary (\(error))")
        }
    }

    /// The practice questions of lesson `lesson` of a version, in one language, in file order.
    package func practice(of version: CourseVersion, lesson: Int, in language: Language) throws -> [Question] {
        try store.read { try Question.practice($0, versionId: version.id, lesson: lesson, language: language) }
    }

    /// How many practice questions each lesson (by position) of a version has, in one language.
    package func practiceCounts(of version: CourseVersion, in language: Language) throws -> [Int: Int] {
        try store.read { try Question.practiceCounts($0, versionId: version.id, language: language) }
    }
}
