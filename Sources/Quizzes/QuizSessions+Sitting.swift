import Courses
import Enrollment
import Foundation
import GRDB
import SanaStore

/// The parts of sitting an attempt around its answers: who holds it, pauses while code entry is
/// locked, and flags for review.
extension QuizSessions {
    /// A random token for a terminal holding an attempt (128 bits from the system's generator).
    static func newSession() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in String(generator.next(), radix: 16).leftPadded(to: 16) }.joined()
    }

    /// The attempt as a sitting terminal checks it: one read of one row, cheap enough every second.
    package func state(attemptId: Int64) throws -> AttemptState {
        try store.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT session, deadline, paused_until, submitted_at FROM attempt WHERE id = ?", arguments: [attemptId]) else {
                throw QuizzesError.attemptNotFound(attemptId)
            }
            return AttemptState(session: row["session"], deadline: row["deadline"], pausedUntil: row["paused_until"], submitted: (row["submitted_at"] as String?) != nil)
        }
    }

    /// Flags a question for review, or clears the flag. Refused like an answer when the attempt
    /// is submitted or another terminal holds it; allowed while paused or past the deadline
    /// (a flag changes no score).
    package func setFlag(attemptId: Int64, qid: String, flagged: Bool, session: String? = nil) throws {
        let refusal: QuizzesError? = try writeRetrying { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT submitted_at, session FROM attempt WHERE id = ?", arguments: [attemptId]) else {
                throw QuizzesError.attemptNotFound(attemptId)
            }
            if (row["submitted_at"] as String?) != nil { return .attemptSubmitted(attemptId) }
            if let session, (row["session"] as String?) != session { return .takenOver(attempt: attemptId) }
            try db.execute(sql: "UPDATE attempt_item SET flagged = ? WHERE attempt_id = ? AND qid = ?", arguments: [flagged ? 1 : 0, attemptId, qid])
            if db.changesCount == 0 { throw QuizzesError.notInAttempt(attempt: attemptId, qid: qid) }
            return nil
        }
        if let refusal { throw refusal }
    }

    /// Stops the clock of a learner's open attempts while code entry is locked from `from` to
    /// `until`: each is paused (no answer taken) until then, and its deadline moves on by the
    /// lock's length, so wrong codes, typed by anyone, never cost the learner exam time. Runs
    /// inside the transaction that starts the lockout (`AccessCodes.verify`'s `onLockout`).
    package static func pauseForLockout(_ db: Database, learnerId: Int64, from: Date, until: Date) throws {
        let fromStamp = Timestamp.string(from: from)
        let untilStamp = Timestamp.string(from: until)
        let seconds = max(0, Int(until.timeIntervalSince(from).rounded(.up)))
        let open = try Row.fetchAll(db, sql: """
            SELECT id, deadline FROM attempt WHERE learner_id = ? AND submitted_at IS NULL AND deadline > ?
            """, arguments: [learnerId, fromStamp])
        for row in open {
            let id: Int64 = row["id"]
            let deadline: String = row["deadline"]
            guard let end = Timestamp.date(from: deadline) else { continue }
            let moved = Timestamp.string(from: min(end.addingTimeInterval(TimeInterval(seconds)), max(end, AttemptPolicy.latest)))
            try db.execute(sql: """
                UPDATE attempt SET deadline = ?, paused_until = max(coalesce(paused_until, ''), ?), paused_seconds = paused_seconds + ? WHERE id = ?
                """, arguments: [moved, untilStamp, seconds, id])
            try AuditEntry.record(db, action: "quiz.paused", subject: String(id), detail: "paused until \(untilStamp) while code entry is locked; deadline moved from \(deadline) to \(moved)")
        }
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}

extension QuizSessions {
    /// The language of the learner's open attempt at `course`, nil when none is open: what the
    /// exam's first screens speak before the attempt is resumed.
    package func openAttemptLanguage(iin: IIN, course: String) throws -> Language? {
        try store.read { db in
            try String.fetchOne(db, sql: """
                SELECT a.lang FROM attempt a JOIN learner l ON l.id = a.learner_id
                WHERE l.iin = ? AND a.submitted_at IS NULL AND a.course_version_id IN (SELECT id FROM course_version WHERE course_id = ?)
                ORDER BY a.id LIMIT 1
                """, arguments: [iin.digits, course]).flatMap(Language.init(rawValue:))
        }
    }
}
