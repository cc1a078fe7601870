import GRDB
import SanaStore

/// Learner and enrollment rows as a bulk writer changes them (a roster import, its withdrawals and
/// its revert): statements prepared once on the caller's connection, run inside the caller's
/// transaction. Enrollment owns the `learner` and `enrollment` tables; other modules write them
/// only through this type and `CourseEnrollment`.
package final class LearnerWriter {
    private let findLearner, insertLearner, updateLearner: Statement
    private let findEnrollment, insertEnrollment, updateEnrollment: Statement
    private let db: Database

    package init(_ db: Database) throws {
        self.db = db
        findLearner = try db.makeStatement(sql: """
            SELECT id, last_name, first_name, middle_name, email, institution_id, faculty, study_group, locale, updated_at, batch_id,
                   student_number
            FROM learner WHERE iin = ?
            """)
        insertLearner = try db.makeStatement(sql: """
            INSERT INTO learner (iin, last_name, first_name, middle_name, email, institution_id, faculty, study_group,
                                 locale, subject_uuid, created_at, updated_at, batch_id, student_number)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        updateLearner = try db.makeStatement(sql: """
            UPDATE learner SET last_name = ?, first_name = ?, middle_name = ?, email = ?, institution_id = ?, faculty = ?,
                               study_group = ?, locale = ?, updated_at = ?, batch_id = ?, student_number = ?
            WHERE id = ?
            """)
        findEnrollment = try db.makeStatement(sql: """
            SELECT id, cohort_id, status, withdrawn_at, updated_at, batch_id FROM enrollment WHERE learner_id = ? AND course_id = ?
            """)
        insertEnrollment = try db.makeStatement(sql: """
            INSERT INTO enrollment (learner_id, course_id, cohort_id, status, enrolled_at, updated_at, batch_id)
            VALUES (?, ?, ?, 'active', ?, ?, ?)
            """)
        updateEnrollment = try db.makeStatement(sql: """
            UPDATE enrollment SET cohort_id = ?, status = ?, withdrawn_at = ?, updated_at = ?, batch_id = ? WHERE id = ?
            """)
    }

    /// The learner with this IIN and the columns a writer may change, if stored.
    package func learner(iin: String) throws -> (id: Int64, snapshot: LearnerSnapshot)? {
        findLearner.clear()
        try findLearner.bind(1, iin)
        defer { findLearner.clear() }
        guard try findLearner.step() else { return nil }
        return (findLearner.int64(0)!, LearnerSnapshot(
            lastName: findLearner.text(1) ?? "", firstName: findLearner.text(2) ?? "", middleName: findLearner.text(3),
            email: findLearner.text(4), institutionId: findLearner.int64(5), faculty: findLearner.text(6),
            studyGroup: findLearner.text(7), studentNumber: findLearner.text(11), locale: findLearner.text(8) ?? "kk",
            updatedAt: findLearner.text(9) ?? "", batchId: findLearner.int64(10)))
    }

    /// Inserts a learner (`subjectUUID` the 36 bytes of their pseudonymous id); returns the row id.
    package func insertLearner(
        _ draft: LearnerDraft, institutionId: Int64, subjectUUID: [UInt8], stamp: String, batchId: Int64?
    ) throws -> Int64 {
        insertLearner.clear()
        try insertLearner.bind(1, draft.iin.digits)
        try insertLearner.bind(2, draft.lastName)
        try insertLearner.bind(3, draft.firstName)
        try insertLearner.bind(4, draft.middleName)
        try insertLearner.bind(5, draft.email)
        try insertLearner.bind(6, institutionId)
        try insertLearner.bind(7, draft.faculty)
        try insertLearner.bind(8, draft.studyGroup)
        try insertLearner.bind(9, draft.locale ?? "kk")
        try insertLearner.bind(10, utf8: subjectUUID)
        try insertLearner.bind(11, stamp)
        try insertLearner.bind(12, stamp)
        try insertLearner.bind(13, batchId)
        try insertLearner.bind(14, draft.studentNumber)
        try insertLearner.run()
        return db.lastInsertedRowID
    }

    /// Sets a learner's changeable columns to `snapshot` (also how a revert restores them).
    package func updateLearner(id: Int64, to snapshot: LearnerSnapshot) throws {
        updateLearner.clear()
        try updateLearner.bind(1, snapshot.lastName)
        try updateLearner.bind(2, snapshot.firstName)
        try updateLearner.bind(3, snapshot.middleName)
        try updateLearner.bind(4, snapshot.email)
        try updateLearner.bind(5, snapshot.institutionId)
        try updateLearner.bind(6, snapshot.faculty)
        try updateLearner.bind(7, snapshot.studyGroup)
        try updateLearner.bind(8, snapshot.locale)
        try updateLearner.bind(9, snapshot.updatedAt)
        try updateLearner.bind(10, snapshot.batchId)
        try updateLearner.bind(11, snapshot.studentNumber)
        try updateLearner.bind(12, id)
        try updateLearner.run()
    }

    /// The learner's enrollment in `course` and its changeable columns, if any.
    package func enrollment(learnerId: Int64, course: String) throws -> (id: Int64, snapshot: EnrollmentSnapshot)? {
        findEnrollment.clear()
        try findEnrollment.bind(1, learnerId)
        try findEnrollment.bind(2, course)
        defer { findEnrollment.clear() }
        guard try findEnrollment.step() else { return nil }
        return (findEnrollment.int64(0)!, EnrollmentSnapshot(
            cohortId: findEnrollment.int64(1), status: findEnrollment.text(2) ?? "active",
            withdrawnAt: findEnrollment.text(3), updatedAt: findEnrollment.text(4) ?? "", batchId: findEnrollment.int64(5)))
    }

    /// The enrollment with this id and its changeable columns, with its learner.
    package func enrollment(id: Int64) throws -> (learnerId: Int64, snapshot: EnrollmentSnapshot)? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT learner_id, cohort_id, status, withdrawn_at, updated_at, batch_id FROM enrollment WHERE id = ?
            """, arguments: [id]) else { return nil }
        return (row["learner_id"], EnrollmentSnapshot(
            cohortId: row["cohort_id"], status: row["status"], withdrawnAt: row["withdrawn_at"], updatedAt: row["updated_at"],
            batchId: row["batch_id"]))
    }

    /// Enrolls a learner (active); returns the enrollment's id.
    @discardableResult
    package func insertEnrollment(learnerId: Int64, course: String, cohortId: Int64?, stamp: String, batchId: Int64?) throws -> Int64 {
        insertEnrollment.clear()
        try insertEnrollment.bind(1, learnerId)
        try insertEnrollment.bind(2, course)
        try insertEnrollment.bind(3, cohortId)
        try insertEnrollment.bind(4, stamp)
        try insertEnrollment.bind(5, stamp)
        try insertEnrollment.bind(6, batchId)
        try insertEnrollment.run()
        return db.lastInsertedRowID
    }

    /// Sets an enrollment's changeable columns to `snapshot` (also how a revert restores them).
    package func updateEnrollment(id: Int64, to snapshot: EnrollmentSnapshot) throws {
        updateEnrollment.clear()
        try updateEnrollment.bind(1, snapshot.cohortId)
        try updateEnrollment.bind(2, snapshot.status)
        try updateEnrollment.bind(3, snapshot.withdrawnAt)
        try updateEnrollment.bind(4, snapshot.updatedAt)
        try updateEnrollment.bind(5, snapshot.batchId)
        try updateEnrollment.bind(6, id)
        try updateEnrollment.run()
    }

    /// Removes the enrollments one batch created, for a revert (before its learners).
    package func deleteEnrollmentsCreated(batchId: Int64, at stamp: String) throws {
        try db.execute(sql: "DELETE FROM enrollment WHERE batch_id = ? AND enrolled_at = ?", arguments: [batchId, stamp])
    }

    /// Removes the learners one batch created, for a revert.
    package func deleteLearnersCreated(batchId: Int64, at stamp: String) throws {
        try db.execute(sql: "DELETE FROM learner WHERE batch_id = ? AND created_at = ?", arguments: [batchId, stamp])
    }
}
