import GRDB

/// What the Enrollment tables hold about one learner, for a personal-data access request
/// (`sana learner export`): the learner row, their university, enrollments and access-code
/// metadata (never the code's hash).
public struct EnrollmentRecords: Codable, Sendable, Equatable {
    public struct EnrollmentRecord: Codable, Sendable, Equatable {
        public var course: String
        public var cohort: String?
        public var status: String
        public var enrolledAt: String
        public var completedAt: String?
        public var withdrawnAt: String?
        public var updatedAt: String
        public var importBatch: Int64?
    }

    public struct AccessCodeRecord: Codable, Sendable, Equatable {
        public var issuedAt: String
        public var failedCount: Int
        public var lockedUntil: String?
    }

    public var learner: Learner
    public var institution: String?
    public var enrollments: [EnrollmentRecord]
    public var accessCode: AccessCodeRecord?

    public static func of(_ db: Database, learner: Learner) throws -> EnrollmentRecords {
        let institution = try learner.institutionId.flatMap {
            try String.fetchOne(db, sql: "SELECT name FROM institution WHERE id = ?", arguments: [$0])
        }
        let enrollments = try Row.fetchAll(db, sql: """
            SELECT e.course_id, c.name AS cohort, e.status, e.enrolled_at, e.completed_at, e.withdrawn_at, e.updated_at, e.batch_id
            FROM enrollment e LEFT JOIN cohort c ON c.id = e.cohort_id WHERE e.learner_id = ? ORDER BY e.course_id
            """, arguments: [learner.id]).map { row in
            EnrollmentRecord(course: row["course_id"], cohort: row["cohort"], status: row["status"], enrolledAt: row["enrolled_at"],
                             completedAt: row["completed_at"], withdrawnAt: row["withdrawn_at"], updatedAt: row["updated_at"],
                             importBatch: row["batch_id"])
        }
        let code = try Row.fetchOne(db, sql: "SELECT issued_at, failed_count, locked_until FROM access_code WHERE learner_id = ?", arguments: [learner.id]).map {
            AccessCodeRecord(issuedAt: $0["issued_at"], failedCount: $0["failed_count"], lockedUntil: $0["locked_until"])
        }
        return EnrollmentRecords(learner: learner, institution: institution, enrollments: enrollments, accessCode: code)
    }
}
