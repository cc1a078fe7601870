import Courses
import Enrollment
import Foundation
import GRDB
import SanaStore

/// What an administrator does to one learner's exam: give attempts back (`reset`), grant
/// accommodations (extra minutes, extra attempts), re-open a submitted attempt. Each change is one
/// transaction with its audit entry (the OS user, and the reason where one is asked for).
package struct ExamAdministration: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    // MARK: reset

    /// Gives a learner their attempts at `course` back: every attempt that counts (at any version)
    /// is voided, kept for the record; an open one is first closed (graded as it stands, as if its
    /// time ran out now). A completed enrollment becomes active again. Refused while the learner
    /// holds a certificate for the course that is not revoked.
    package func reset(iin: IIN, course: String, reason: String, now: Date = Date()) throws -> AttemptReset {
        let stamp = Timestamp.string(from: now)
        return try store.write { db in
            let learner = try ExamAdministration.learner(db, iin: iin, course: course)
            if let certificate = try String.fetchOne(db, sql: """
                SELECT c.id FROM certificate c JOIN course_version v ON v.id = c.course_version_id
                WHERE c.learner_id = ? AND v.course_id = ? AND NOT EXISTS (SELECT 1 FROM revocation r WHERE r.certificate_id = c.id)
                ORDER BY c.issued_at LIMIT 1
                """, arguments: [learner, course]) {
                throw QuizzesError.certificateHeld(iin: iin.digits, course: course, certificate: certificate)
            }
            var closed: Int64?
            if let open = try Attempt.open(db, learnerId: learner, course: course) {
                try QuizSessions.grade(db, attempt: open, by: .expiry, at: stamp)
                closed = open.id
            }
            let voided = try Int64.fetchAll(db, sql: """
                SELECT id FROM attempt WHERE learner_id = ? AND voided_at IS NULL AND submitted_at IS NOT NULL
                AND course_version_id IN (SELECT id FROM course_version WHERE course_id = ?) ORDER BY id
                """, arguments: [learner, course])
            if voided.isEmpty { throw QuizzesError.nothingToReset(iin: iin.digits, course: course) }
            try db.execute(sql: """
                UPDATE attempt SET voided_at = ?, voided_reason = ? WHERE learner_id = ? AND voided_at IS NULL AND submitted_at IS NOT NULL
                AND course_version_id IN (SELECT id FROM course_version WHERE course_id = ?)
                """, arguments: [stamp, reason, learner, course])
            try CourseEnrollment.markActiveAgain(db, learnerId: learner, course: course)
            let left = try ExamAdministration.attemptsLeft(db, learnerId: learner, course: course)
            let ids = voided.map(String.init).joined(separator: ", ")
            try AuditEntry.record(db, action: "quiz.reset", subject: iin.digits, detail: """
                \(course): attempt\(voided.count == 1 ? "" : "s") \(ids) no longer count\(voided.count == 1 ? "s" : "")\(closed.map { "; open attempt \($0) closed" } ?? ""); reason: \(reason)
                """)
            return AttemptReset(iin: iin.digits, course: course, voided: voided, closed: closed, attemptsLeft: left, reason: reason)
        }
    }

    // MARK: accommodations

    /// The learner's accommodation at `course` (`.none` when they have none).
    package func accommodation(iin: IIN, course: String) throws -> Accommodation {
        try store.read { db in
            try Accommodation.find(db, learnerId: try ExamAdministration.learner(db, iin: iin, course: course), course: course)
        }
    }

    /// Sets the learner's extra minutes and/or extra attempts at `course` (a nil value keeps what
    /// was set; both zero removes the accommodation). An open attempt's deadline moves by the change
    /// in extra minutes. Returns the accommodation now in force.
    package func accommodate(iin: IIN, course: String, extraMinutes: Int?, extraAttempts: Int?, now: Date = Date()) throws -> Accommodation {
        let stamp = Timestamp.string(from: now)
        return try store.write { db in
            let learner = try ExamAdministration.learner(db, iin: iin, course: course)
            let before = try Accommodation.find(db, learnerId: learner, course: course)
            let after = Accommodation(extraMinutes: extraMinutes ?? before.extraMinutes, extraAttempts: extraAttempts ?? before.extraAttempts)
            if after.isNone {
                try db.execute(sql: "DELETE FROM accommodation WHERE learner_id = ? AND course_id = ?", arguments: [learner, course])
            } else {
                try db.execute(sql: """
                    INSERT INTO accommodation (learner_id, course_id, extra_minutes, extra_attempts, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (learner_id, course_id) DO UPDATE SET extra_minutes = excluded.extra_minutes,
                        extra_attempts = excluded.extra_attempts, updated_at = excluded.updated_at
                    """, arguments: [learner, course, after.extraMinutes, after.extraAttempts, stamp])
            }
            var moved = ""
            if after.extraMinutes != before.extraMinutes, let open = try Attempt.open(db, learnerId: learner, course: course),
               let deadline = Timestamp.date(from: open.deadline) {
                let shifted = Timestamp.string(from: min(deadline.addingTimeInterval(Double(after.extraMinutes - before.extraMinutes) * 60), max(deadline, AttemptPolicy.latest)))
                try db.execute(sql: "UPDATE attempt SET deadline = ? WHERE id = ? AND submitted_at IS NULL", arguments: [shifted, open.id])
                moved = "; open attempt \(open.id)'s deadline moved from \(open.deadline) to \(shifted)"
            }
            try AuditEntry.record(db, action: "quiz.accommodate", subject: iin.digits, detail: """
                \(course): extra minutes \(before.extraMinutes) -> \(after.extraMinutes), extra attempts \(before.extraAttempts) -> \(after.extraAttempts)\(moved)
                """)
            return after
        }
    }

    // MARK: reopen

    /// Re-opens the learner's last submitted attempt at `course` that counts, for `minutes` from
    /// now (default: the time it had left when it ended), so they continue it with their answers as
    /// they were. Refused when a certificate was issued from it or another attempt is open.
    package func reopen(iin: IIN, course: String, minutes: Int?, reason: String, now: Date = Date()) throws -> AttemptReopening {
        let stamp = Timestamp.string(from: now)
        return try store.write { db in
            let learner = try ExamAdministration.learner(db, iin: iin, course: course)
            if let open = try Attempt.open(db, learnerId: learner, course: course) {
                throw QuizzesError.attemptStillOpen(iin: iin.digits, course: course, attempt: open.id)
            }
            guard let attempt = try Row.fetchOne(db, sql: """
                SELECT \(Attempt.columns) FROM attempt WHERE learner_id = ? AND voided_at IS NULL AND submitted_at IS NOT NULL
                AND course_version_id IN (SELECT id FROM course_version WHERE course_id = ?) ORDER BY submitted_at DESC, id DESC LIMIT 1
                """, arguments: [learner, course]).map(Attempt.decode) else {
                throw QuizzesError.nothingToReopen(iin: iin.digits, course: course)
            }
            if let certificate = try String.fetchOne(db, sql: "SELECT id FROM certificate WHERE attempt_id = ?", arguments: [attempt.id]) {
                throw QuizzesError.certifiedAttempt(attempt: attempt.id, certificate: certificate)
            }
            let granted: Int
            if let minutes {
                granted = minutes
            } else {
                let left = (Timestamp.date(from: attempt.deadline) ?? now).timeIntervalSince(Timestamp.date(from: attempt.submittedAt ?? stamp) ?? now)
                granted = Int((left / 60).rounded(.up))
                if granted < 1 { throw QuizzesError.reopenNeedsMinutes(attempt: attempt.id) }
            }
            let deadline = Timestamp.string(from: AttemptPolicy.adding(minutes: granted, to: now))
            try db.execute(sql: """
                UPDATE attempt SET submitted_at = NULL, submitted_by = NULL, score = NULL, passed = NULL, deadline = ?,
                    paused_until = NULL, session = NULL, reopened_at = ? WHERE id = ?
                """, arguments: [deadline, stamp, attempt.id])
            if attempt.passed == true, try Bool.fetchOne(db, sql: """
                SELECT 1 FROM attempt WHERE learner_id = ? AND passed = 1 AND voided_at IS NULL
                AND course_version_id IN (SELECT id FROM course_version WHERE course_id = ?)
                """, arguments: [learner, course]) != true {
                try CourseEnrollment.markActiveAgain(db, learnerId: learner, course: course)
            }
            try AuditEntry.record(db, action: "quiz.reopen", subject: iin.digits, detail: """
                \(course): attempt \(attempt.id) (submitted \(attempt.submittedAt ?? "") by \(attempt.submittedBy?.rawValue ?? "?"), score \(attempt.score.map { String($0) } ?? "none")) open again for \(granted) minute\(granted == 1 ? "" : "s") until \(deadline); reason: \(reason)
                """)
            return AttemptReopening(iin: iin.digits, course: course, attempt: attempt.id, minutes: granted, deadline: deadline, reason: reason)
        }
    }

    // MARK: inside transactions

    /// The learner's row id, when both the learner and the course exist.
    static func learner(_ db: Database, iin: IIN, course: String) throws -> Int64 {
        guard let learner = try Learner.find(db, iin: iin), let id = learner.id else {
            throw EnrollmentError.learnerNotFound(iin: iin.digits)
        }
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM course WHERE id = ?", arguments: [course]) == true else {
            throw CoursesError.courseNotFound(course)
        }
        return id
    }

    /// Attempts the learner may still start at the course's current version.
    static func attemptsLeft(_ db: Database, learnerId: Int64, course: String) throws -> Int {
        guard let version = try CourseVersion.current(db, course: course) else { return 0 }
        let policy = AttemptPolicy(exam: version.definition.exam, accommodation: try Accommodation.find(db, learnerId: learnerId, course: course))
        return policy.attemptsLeft(after: try Attempt.submitted(db, learnerId: learnerId, versionId: version.id))
    }
}
