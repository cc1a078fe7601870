import Foundation
import GRDB
import SanaStore

extension Learners {
    /// Suspends a learner's account (`learner.status` suspended): their access code is refused,
    /// so they cannot start or resume an exam, until `unsuspend`. Nothing they did changes.
    /// Audited with the reason.
    package func suspend(iin: IIN, reason: String? = nil, now: Date = Date()) throws -> LearnerProfile {
        let reason = try reason.flatMap { text throws(EnrollmentError) in
            do throws(FieldProblem) {
                return try LearnerFields.text(text, field: "reason", limit: 500)
            } catch {
                throw EnrollmentError.invalidField(error)
            }
        }
        return try setStatus(iin: iin, to: "suspended", now: now, detail: reason)
    }

    /// Lifts a suspension. Audited.
    package func unsuspend(iin: IIN, now: Date = Date()) throws -> LearnerProfile {
        try setStatus(iin: iin, to: "active", now: now, detail: nil)
    }

    private func setStatus(iin: IIN, to status: String, now: Date, detail: String?) throws -> LearnerProfile {
        try store.write { db in
            guard var learner = try Learner.find(db, iin: iin) else { throw EnrollmentError.learnerNotFound(iin: iin.digits) }
            if learner.status == status {
                throw status == "suspended" ? EnrollmentError.alreadySuspended(iin: iin.digits) : EnrollmentError.notSuspended(iin: iin.digits)
            }
            learner.status = status
            learner.updatedAt = Timestamp.string(from: now)
            try learner.update(db)
            try AuditEntry.record(db, action: status == "suspended" ? "learner.suspend" : "learner.unsuspend", subject: learner.iin, detail: detail)
            return try profile(db, learner)
        }
    }
}
