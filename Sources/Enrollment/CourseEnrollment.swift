import Foundation
import GRDB
import SanaStore

/// A learner's place in a course: active, completed or withdrawn (never deleted).
package struct CourseEnrollment: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "enrollment"

    package enum Status: String, Codable, Sendable {
        case active, completed, withdrawn
    }

    package var id: Int64?
    package var learnerId: Int64
    package var courseId: String
    package var cohortId: Int64?
    package var status: Status
    package var enrolledAt: String
    package var completedAt: String?
    package var withdrawnAt: String?
    package var updatedAt: String
    package var batchId: Int64?

    enum CodingKeys: String, CodingKey {
        case id, status
        case learnerId = "learner_id"
        case courseId = "course_id"
        case cohortId = "cohort_id"
        case enrolledAt = "enrolled_at"
        case completedAt = "completed_at"
        case withdrawnAt = "withdrawn_at"
        case updatedAt = "updated_at"
        case batchId = "batch_id"
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Marks the learner's active enrollment in `course` completed (their passed exam). It leaves
    /// the roster batch that last wrote it (`batch_id` NULL, `updated_at` now): a revert of that
    /// batch then sees a later change and refuses to undo it.
    package static func markCompleted(_ db: Database, learnerId: Int64, course: String, at stamp: String) throws {
        try db.execute(sql: """
            UPDATE enrollment SET status = 'completed', completed_at = ?, updated_at = ?, batch_id = NULL
            WHERE learner_id = ? AND course_id = ? AND status = 'active'
            """, arguments: [stamp, Timestamp.string(from: Date()), learnerId, course])
    }

    package static func find(_ db: Database, learnerId: Int64, courseId: String) throws -> CourseEnrollment? {
        try CourseEnrollment.filter(Column("learner_id") == learnerId && Column("course_id") == courseId).fetchOne(db)
    }
}
