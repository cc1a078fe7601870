import GRDB

/// What the Enrollment tables hold about one learner, for a personal-data access request
/// (`sana learner export`): the learner row, their university, enrollments and access-code
/// metadata (never the code's hash).
package struct EnrollmentRecords: Codable, Sendable, Equatable {
    package struct EnrollmentRecord: Codable, Sendable, Equatable {
        package var course: String
        package var cohort: String?
        package var status: String
        package var enrolledAt: String
        package var completedAt: String?
        package var withdrawnAt: String?
        package var updatedAt: String
        package var importBatch: Int64?
    }

    package struct AccessCodeRecord: Codable, Sendable, Equatable {
        package var issuedAt: String
        package var failedCount: Int
        package var lockedUntil: String?
    }

    package var learner: Learner
    package var institution: String?
    package var enrollments: [EnrollmentRecord]
    package var accessCode: AccessCodeRecord?

    package static func of(_ db: Database, learner: Learner) throws -> EnrollmentRecords {
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
