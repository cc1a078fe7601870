import Foundation
import GRDB

/// One imported version of a course: its content hash and definition. Attempts and certificates
/// point at a version (`course_version.id`), so later content changes never alter what they used.
package struct CourseVersion: Codable, Sendable, Equatable {
    /// The row id (`course_version.id`) other tables refer to.
    package var id: Int64
    package var courseId: String
    /// 1, 2, ... per course.
    package var version: Int
    package var contentSHA256: String
    package var definition: CourseDefinition
    package var loadedAt: String

    /// All versions of a course, oldest first.
    package static func all(_ db: Database, course: String) throws -> [CourseVersion] {
        try Row.fetchAll(db, sql: "SELECT * FROM course_version WHERE course_id = ? ORDER BY version", arguments: [course]).map(decode)
    }

    /// The version learners get: the one imported last (a re-import of an older version's content
    /// makes that version current again).
    package static func current(_ db: Database, course: String) throws -> CourseVersion? {
        try Row.fetchOne(db, sql: """
            SELECT * FROM course_version WHERE course_id = ? ORDER BY loaded_at DESC, version DESC LIMIT 1
            """, arguments: [course]).map(decode)
    }

    package static func find(_ db: Database, course: String, version: Int) throws -> CourseVersion? {
        try Row.fetchOne(db, sql: "SELECT * FROM course_version WHERE course_id = ? AND version = ?", arguments: [course, version]).map(decode)
    }

    package static func find(_ db: Database, id: Int64) throws -> CourseVersion? {
        try Row.fetchOne(db, sql: "SELECT * FROM course_version WHERE id = ?", arguments: [id]).map(decode)
    }

    static func decode(_ row: Row) throws -> CourseVersion {
        let id: Int64 = row["id"]
        let json: String = row["definition"]
        let definition: CourseDefinition
        do {
            definition = try JSONDecoder().decode(CourseDefinition.self, from: Data(json.utf8))
        } catch {
            throw CoursesError.corruptRecord(table: "course_version", id: String(id), reason: "its definition is not a course definition (\(error))")
        }
        return CourseVersion(id: id, courseId: row["course_id"], version: row["version"], contentSHA256: row["content_sha256"], definition: definition, loadedAt: row["loaded_at"])
    }
}
