import Foundation
import GRDB
import SanaStore

extension CourseEnrollment {
    /// Puts the learner's completed enrollment in `course` back to active, when the attempts that
    /// completed it no longer count (an admin voided or re-opened them: `sana quiz reset|reopen`).
    /// Like `markCompleted`, it leaves the roster batch that last wrote the row.
    package static func markActiveAgain(_ db: Database, learnerId: Int64, course: String) throws {
        try db.execute(sql: """
            UPDATE enrollment SET status = 'active', completed_at = NULL, updated_at = ?, batch_id = NULL
            WHERE learner_id = ? AND course_id = ? AND status = 'completed'
            """, arguments: [Timestamp.string(from: Date()), learnerId, course])
    }
}
