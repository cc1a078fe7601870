import GRDB

/// A learner's place in a course: active, completed or withdrawn (never deleted).
public struct CourseEnrollment: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "enrollment"

    public enum Status: String, Codable, Sendable {
        case active, completed, withdrawn
    }

    public var id: Int64?
    public var learnerId: Int64
    public var courseId: String
    public var cohortId: Int64?
    public var status: Status
    public var enrolledAt: String
    public var completedAt: String?
    public var withdrawnAt: String?
    public var updatedAt: String
    public var batchId: Int64?

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

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    public static func find(_ db: Database, learnerId: Int64, courseId: String) throws -> CourseEnrollment? {
        try CourseEnrollment.filter(Column("learner_id") == learnerId && Column("course_id") == courseId).fetchOne(db)
    }
}
