import GRDB

/// A recorded import: the file's name and fingerprint, who ran it, when, and its counts.
package struct ImportBatch: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "import_batch"

    package var id: Int64?
    package var fileName: String
    package var fileSha256: String = String(repeating: "0", count: 64)
    package var format: String
    package var actor: String
    package var startedAt: String
    package var finishedAt: String?
    package var rowsRead = 0
    package var created = 0
    package var updated = 0
    package var unchanged = 0
    package var enrolled = 0
    package var withdrawn = 0
    package var rejected = 0
    package var warnings = 0
    /// Rows that changed a stored learner's name or university (also counted in `updated`).
    package var identityChanges = 0
    package var revertedAt: String?
    package var revertedBy: String?

    enum CodingKeys: String, CodingKey {
        case id, format, actor, created, updated, unchanged, enrolled, withdrawn, rejected, warnings
        case fileName = "file_name"
        case fileSha256 = "file_sha256"
        case startedAt = "started_at"
        case finishedAt = "finished_at"
        case rowsRead = "rows_read"
        case identityChanges = "identity_changes"
        case revertedAt = "reverted_at"
        case revertedBy = "reverted_by"
    }

    init(fileName: String, format: String, actor: String, startedAt: String) {
        self.fileName = fileName
        self.format = format
        self.actor = actor
        self.startedAt = startedAt
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    mutating func finish(_ summary: RosterImportSummary, at time: String) {
        fileSha256 = summary.sha256
        finishedAt = time
        rowsRead = summary.rows
        created = summary.created
        updated = summary.updated
        unchanged = summary.unchanged
        enrolled = summary.enrolled
        withdrawn = summary.withdrawn
        rejected = summary.rejected
        warnings = summary.warnings
        identityChanges = summary.identityChanges
    }
}
