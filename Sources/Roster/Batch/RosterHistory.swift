import Enrollment
import Foundation
import GRDB
import SanaStore

/// The record of imports, and undoing one of them.
package struct RosterHistory: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    /// Every recorded batch, newest first.
    package func batches(limit: Int? = nil) throws -> [ImportBatch] {
        try store.read { db in
            var request = ImportBatch.order(Column("id").desc)
            if let limit { request = request.limit(limit) }
            return try request.fetchAll(db)
        }
    }

    /// One batch and what it did to each learner, by name (created, enrolled, updated with the
    /// fields it changed, withdrawn).
    package func batch(_ id: Int64) throws -> (batch: ImportBatch, changes: [LearnerChange]) {
        try store.read { db in
            guard let batch = try ImportBatch.fetchOne(db, key: id) else { throw RosterError.batchNotFound(id) }
            return (batch, try BatchChanges(db, batch: batch).done())
        }
    }

    /// Undoes exactly what batch `id` did: deletes the learners and enrollments it created and
    /// restores the values it replaced. Refuses, naming the learners, when anything later
    /// touched those rows.
    @discardableResult
    package func revert(_ id: Int64, now: Date = Date()) throws -> ImportBatch {
        try revert(id, dryRun: false, now: now).batch
    }

    /// Reverts batch `id` (see `revert(_:now:)`), naming each learner it removes or restores;
    /// a dry run checks and names everything the same way and changes nothing.
    package func revert(_ id: Int64, dryRun: Bool, now: Date = Date()) throws -> RevertOutcome {
        try store.write { db in
            guard var batch = try ImportBatch.fetchOne(db, key: id) else { throw RosterError.batchNotFound(id) }
            if batch.revertedAt != nil { throw RosterError.alreadyReverted(id) }
            let stamp = batch.startedAt
            let conflicts = try String.fetchAll(db, sql: """
                SELECT DISTINCT iin FROM (
                    -- rows this batch wrote that something wrote again afterwards
                    SELECT l.iin FROM learner l WHERE l.batch_id = :b AND l.updated_at <> :t
                    UNION ALL
                    SELECT l.iin FROM enrollment e JOIN learner l ON l.id = e.learner_id WHERE e.batch_id = :b AND e.updated_at <> :t
                    -- rows a later import changed after this one
                    UNION ALL
                    SELECT l.iin FROM import_change c JOIN import_batch later ON later.id = c.batch_id
                                 JOIN learner l ON l.id = c.learner_id
                    WHERE c.batch_id > :b AND later.reverted_at IS NULL AND json_extract(c.before, '$.batch_id') = :b
                    -- enrollments it created that have been worked in since
                    UNION ALL
                    SELECT l.iin FROM enrollment e JOIN learner l ON l.id = e.learner_id
                    WHERE e.batch_id = :b AND e.enrolled_at = :t
                      AND EXISTS (SELECT 1 FROM learner_activity x WHERE x.learner_id = e.learner_id AND x.course_id = e.course_id)
                    -- learners it created that have gained anything since
                    UNION ALL
                    SELECT l.iin FROM learner l WHERE l.batch_id = :b AND l.created_at = :t AND (
                        EXISTS (SELECT 1 FROM enrollment e WHERE e.learner_id = l.id AND (e.batch_id IS NOT :b OR e.enrolled_at <> :t))
                        OR EXISTS (SELECT 1 FROM learner_activity x WHERE x.learner_id = l.id))
                ) ORDER BY iin
                """, arguments: ["b": id, "t": stamp])
            if !conflicts.isEmpty {
                throw RosterError.revertConflict(batch: id, iins: Array(conflicts.prefix(10)), more: max(0, conflicts.count - 10))
            }
            let undone = try BatchChanges(db, batch: batch).undone()
            if dryRun { return RevertOutcome(batch: batch, dryRun: true, changes: undone) }
            let decoder = JSONDecoder()
            let changes = try Row.fetchAll(db, sql: """
                SELECT kind, learner_id, enrollment_id, before FROM import_change WHERE batch_id = ? ORDER BY id DESC
                """, arguments: [id])
            let rows = try LearnerWriter(db)
            try rows.deleteEnrollmentsCreated(batchId: id, at: stamp)
            for change in changes {
                let before = Data((change["before"] as String? ?? "{}").utf8)
                switch change["kind"] as String {
                case "learner_updated":
                    try rows.updateLearner(id: change["learner_id"], to: try decoder.decode(LearnerSnapshot.self, from: before))
                case "enrollment_updated":
                    try rows.updateEnrollment(id: change["enrollment_id"], to: try decoder.decode(EnrollmentSnapshot.self, from: before))
                default:
                    break
                }
            }
            try rows.deleteLearnersCreated(batchId: id, at: stamp)
            batch.revertedAt = Timestamp.string(from: now)
            batch.revertedBy = OSUser.name
            try batch.update(db)
            try AuditEntry.record(db, action: "roster.revert", subject: "batch \(id)", detail: batch.fileName)
            return RevertOutcome(batch: batch, dryRun: false, changes: undone)
        }
    }
}
