import GRDB
import SanaStore

/// The Enrollment side of merging two records of one person (`sana learner merge KEEP DROP`), inside
/// the caller's transaction: DROP's enrollments and access code follow to KEEP, and once every
/// module has moved its rows, DROP's learner row is deleted (nothing of it is left to keep: the
/// audit entry names both IINs).
package enum LearnerMerge {
    /// What happened to DROP's enrollments and code.
    package struct Outcome: Codable, Sendable, Equatable {
        /// Courses only DROP was enrolled in: the enrollment moved to KEEP.
        package var enrollmentsMoved: [String]
        /// Courses both were enrolled in: one enrollment left, with the further-along status.
        package var enrollmentsCombined: [String]
        /// "kept" (KEEP's own), "moved" (DROP's, KEEP had none), "dropped" (DROP's, KEEP had one) or "none".
        package var accessCode: String
    }

    /// Completed is further along than active, active than withdrawn.
    static func rank(_ status: String) -> Int {
        switch status {
        case "completed": return 2
        case "active": return 1
        default: return 0
        }
    }

    /// What `apply` would do, without writing.
    package static func plan(_ db: Database, keep: Learner, drop: Learner) throws -> Outcome {
        let keepCourses = Set(try String.fetchAll(db, sql: "SELECT course_id FROM enrollment WHERE learner_id = ?", arguments: [keep.id]))
        let dropCourses = try String.fetchAll(db, sql: "SELECT course_id FROM enrollment WHERE learner_id = ? ORDER BY course_id", arguments: [drop.id])
        let keepCode = try Bool.fetchOne(db, sql: "SELECT 1 FROM access_code WHERE learner_id = ?", arguments: [keep.id]) == true
        let dropCode = try Bool.fetchOne(db, sql: "SELECT 1 FROM access_code WHERE learner_id = ?", arguments: [drop.id]) == true
        return Outcome(
            enrollmentsMoved: dropCourses.filter { !keepCourses.contains($0) },
            enrollmentsCombined: dropCourses.filter { keepCourses.contains($0) },
            accessCode: keepCode ? (dropCode ? "dropped" : "kept") : (dropCode ? "moved" : "none"))
    }

    /// Moves DROP's enrollments and code to KEEP. Every enrollment it writes leaves its roster batch
    /// (`batch_id` NULL, `updated_at` now), so a later revert of that batch refuses to undo it.
    package static func apply(_ db: Database, keep: Learner, drop: Learner, at stamp: String) throws -> Outcome {
        let outcome = try plan(db, keep: keep, drop: drop)
        for course in outcome.enrollmentsCombined {
            guard let mine = try CourseEnrollment.find(db, learnerId: keep.id!, courseId: course),
                  let theirs = try CourseEnrollment.find(db, learnerId: drop.id!, courseId: course) else { continue }
            var combined = mine
            if rank(theirs.status.rawValue) > rank(mine.status.rawValue) {
                combined.status = theirs.status
                combined.completedAt = theirs.completedAt
                combined.withdrawnAt = theirs.withdrawnAt
                combined.cohortId = theirs.cohortId ?? mine.cohortId
            }
            combined.enrolledAt = min(mine.enrolledAt, theirs.enrolledAt)
            combined.updatedAt = stamp
            combined.batchId = nil
            try db.execute(sql: "DELETE FROM enrollment WHERE id = ?", arguments: [theirs.id])
            try db.execute(sql: """
                UPDATE enrollment SET status = ?, completed_at = ?, withdrawn_at = ?, cohort_id = ?, enrolled_at = ?, updated_at = ?, batch_id = NULL
                WHERE id = ?
                """, arguments: [combined.status.rawValue, combined.completedAt, combined.withdrawnAt, combined.cohortId, combined.enrolledAt, stamp, mine.id])
        }
        try db.execute(sql: "UPDATE enrollment SET learner_id = ?, updated_at = ?, batch_id = NULL WHERE learner_id = ?",
                       arguments: [keep.id, stamp, drop.id])
        if outcome.accessCode == "moved" {
            try db.execute(sql: "UPDATE access_code SET learner_id = ? WHERE learner_id = ?", arguments: [keep.id, drop.id])
        } else {
            try db.execute(sql: "DELETE FROM access_code WHERE learner_id = ?", arguments: [drop.id])
        }
        try db.execute(sql: "UPDATE learner SET updated_at = ?, batch_id = NULL WHERE id = ?", arguments: [stamp, keep.id])
        return outcome
    }

    /// Deletes DROP's row, after every module has moved its rows to KEEP.
    package static func removeMerged(_ db: Database, drop: Learner) throws {
        try db.execute(sql: "DELETE FROM learner WHERE id = ?", arguments: [drop.id])
    }
}
