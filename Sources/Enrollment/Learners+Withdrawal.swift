import Foundation
import GRDB
import SanaStore

extension Learners {
    /// Withdraws the learner from `course` (status withdrawn, `withdrawn_at` now): they can no
    /// longer open its lessons or start its exam; what they did stays. Audited with the reason.
    /// The enrollment's `updated_at` moves on while its `batch_id` stays, so a revert of the import
    /// batch that last wrote it sees the later change and refuses to undo the withdrawal.
    package func withdraw(iin: IIN, course: String, reason: String? = nil, now: Date = Date()) throws -> LearnerProfile {
        let reason = try reason.flatMap { text throws(EnrollmentError) in
            do throws(FieldProblem) {
                return try LearnerFields.text(text, field: "reason", limit: 500)
            } catch {
                throw EnrollmentError.invalidField(error)
            }
        }
        return try store.write { db in
            let (learner, found) = try enrollment(db, iin: iin, course: course)
            var enrollment = found
            if enrollment.status == .withdrawn {
                throw EnrollmentError.alreadyWithdrawn(iin: iin.digits, course: course, since: enrollment.withdrawnAt ?? enrollment.updatedAt)
            }
            let stamp = Timestamp.string(from: now)
            enrollment.status = .withdrawn
            enrollment.withdrawnAt = stamp
            enrollment.updatedAt = stamp
            try enrollment.update(db)
            try AuditEntry.record(db, action: "learner.withdraw", subject: learner.iin,
                                  detail: "course \(course)" + (reason.map { ": \($0)" } ?? ""))
            return try profile(db, learner)
        }
    }

    /// Takes a withdrawal back: the enrollment is active again, or completed when the learner had
    /// completed the course before they were withdrawn. Audited.
    package func reinstate(iin: IIN, course: String, now: Date = Date()) throws -> LearnerProfile {
        try store.write { db in
            let (learner, found) = try enrollment(db, iin: iin, course: course)
            var enrollment = found
            guard enrollment.status == .withdrawn else {
                throw EnrollmentError.notWithdrawn(iin: iin.digits, course: course, status: enrollment.status.rawValue)
            }
            let stamp = Timestamp.string(from: now)
            enrollment.status = enrollment.completedAt == nil ? .active : .completed
            enrollment.withdrawnAt = nil
            enrollment.updatedAt = stamp
            try enrollment.update(db)
            try AuditEntry.record(db, action: "learner.reinstate", subject: learner.iin, detail: "course \(course): \(enrollment.status.rawValue)")
            return try profile(db, learner)
        }
    }

    private func enrollment(_ db: Database, iin: IIN, course: String) throws -> (Learner, CourseEnrollment) {
        guard let learner = try Learner.find(db, iin: iin) else { throw EnrollmentError.learnerNotFound(iin: iin.digits) }
        guard let enrollment = try CourseEnrollment.find(db, learnerId: learner.id!, courseId: course) else {
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM course WHERE id = ?", arguments: [course]) == true else {
                throw EnrollmentError.unknownCourse(course)
            }
            throw EnrollmentError.notEnrolled(iin: iin.digits, course: course)
        }
        return (learner, enrollment)
    }
}
