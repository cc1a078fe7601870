import GRDB
import SanaStore

/// Erases a learner's personal data from the Enrollment tables, inside the caller's transaction
/// (`sana learner erase` composes it with the other modules'). The learner row stays as a
/// pseudonymous tombstone (schema/0010_learner_erasure.sql): revoked certificates and kept attempts
/// reference it. Enrollments and the access code are deleted.
package enum LearnerErasure {
    /// What was removed.
    package struct Outcome: Codable, Sendable, Equatable {
        package var enrollments: Int
        package var accessCode: Bool
    }

    /// The tombstone's IIN: '0000' and the row id in 8 digits. Birth month 00 is never a valid
    /// IIN, so nothing typed or imported can match it, and row ids keep it unique.
    package static func tombstoneIIN(learnerId: Int64) -> String {
        "0000" + String(String(learnerId).suffix(8)).leftPadded(to: 8)
    }

    package static let erasedLastName = "erased"
    package static let erasedFirstName = "learner"

    package static func erase(_ db: Database, learner: Learner, at stamp: String) throws -> Outcome {
        guard let id = learner.id else { throw EnrollmentError.learnerNotFound(iin: learner.iin) }
        try db.execute(sql: "DELETE FROM enrollment WHERE learner_id = ?", arguments: [id])
        let enrollments = db.changesCount
        try db.execute(sql: "DELETE FROM access_code WHERE learner_id = ?", arguments: [id])
        let accessCode = db.changesCount > 0
        try db.execute(sql: """
            UPDATE learner SET iin = ?, last_name = ?, first_name = ?, middle_name = NULL, email = NULL,
                institution_id = NULL, faculty = NULL, study_group = NULL, student_number = NULL, status = 'suspended',
                updated_at = ?, batch_id = NULL, erased_at = ?
            WHERE id = ?
            """, arguments: [tombstoneIIN(learnerId: id), erasedLastName, erasedFirstName, stamp, stamp, id])
        return Outcome(enrollments: enrollments, accessCode: accessCode)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
