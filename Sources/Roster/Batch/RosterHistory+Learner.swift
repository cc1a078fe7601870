import GRDB
import SanaStore

/// What the import history holds about one learner, for personal-data requests.
extension RosterHistory {
    /// One change an import batch made to the learner or their enrollment, with the row as it was before.
    package struct RecordedChange: Codable, Sendable, Equatable {
        package var batch: Int64
        package var file: String
        package var kind: String
        /// The row before the change, as JSON; nil for a created row.
        package var before: String?
    }

    package static func changes(_ db: Database, learnerId: Int64) throws -> [RecordedChange] {
        try Row.fetchAll(db, sql: """
            SELECT c.batch_id, b.file_name, c.kind, c.before FROM import_change c JOIN import_batch b ON b.id = c.batch_id
            WHERE c.learner_id = ? ORDER BY c.id
            """, arguments: [learnerId]).map {
            RecordedChange(batch: $0["batch_id"], file: $0["file_name"], kind: $0["kind"], before: $0["before"])
        }
    }

    /// Deletes the import history's changes to a learner (an erasure): their earlier values are
    /// personal data, and a revert must never write them back. A later revert of those batches
    /// leaves the erased learner as it is. Returns how many changes went.
    @discardableResult
    package static func forget(_ db: Database, learnerId: Int64) throws -> Int {
        try db.execute(sql: "DELETE FROM import_change WHERE learner_id = ?", arguments: [learnerId])
        return db.changesCount
    }
}
