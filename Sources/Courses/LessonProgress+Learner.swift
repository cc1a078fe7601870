import GRDB
import SanaStore

/// A learner's lesson progress for personal-data requests and merges, inside the caller's transaction.
extension LessonProgress {
    /// One lesson a learner opened.
    package struct Record: Codable, Sendable, Equatable {
        package var course: String
        package var version: Int
        package var lesson: Int
        package var firstViewedAt: String
    }

    package static func records(_ db: Database, learnerId: Int64) throws -> [Record] {
        try Row.fetchAll(db, sql: """
            SELECT v.course_id, v.version, p.position, p.first_viewed_at
            FROM lesson_progress p JOIN course_version v ON v.id = p.course_version_id
            WHERE p.learner_id = ? ORDER BY v.course_id, v.version, p.position
            """, arguments: [learnerId]).map {
            Record(course: $0["course_id"], version: $0["version"], lesson: $0["position"], firstViewedAt: $0["first_viewed_at"])
        }
    }

    /// Moves a learner's progress to another learner (a merge): a lesson both opened keeps the
    /// earlier first view. Returns how many rows `from` had.
    @discardableResult
    package static func reassign(_ db: Database, from: Int64, to: Int64) throws -> Int {
        try db.execute(sql: """
            INSERT INTO lesson_progress (learner_id, course_version_id, position, first_viewed_at)
            SELECT ?, course_version_id, position, first_viewed_at FROM lesson_progress WHERE learner_id = ? AND true
            ON CONFLICT (learner_id, course_version_id, position)
            DO UPDATE SET first_viewed_at = min(first_viewed_at, excluded.first_viewed_at)
            """, arguments: [to, from])
        try db.execute(sql: "DELETE FROM lesson_progress WHERE learner_id = ?", arguments: [from])
        return db.changesCount
    }

    /// Deletes a learner's progress (an erasure). Returns how many rows went.
    @discardableResult
    package static func erase(_ db: Database, learnerId: Int64) throws -> Int {
        try db.execute(sql: "DELETE FROM lesson_progress WHERE learner_id = ?", arguments: [learnerId])
        return db.changesCount
    }
}
