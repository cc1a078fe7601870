import GRDB

/// A recorded import: the file's name and fingerprint, who ran it, when, and its counts.
public struct ImportBatch: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "import_batch"

    public var id: Int64?
    public var fileName: String
    public var fileSha256: String = String(repeating: "0", count: 64)
    public var format: String
    public var actor: String
    public var startedAt: String
    public var finishedAt: String?
    public var rowsRead = 0
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    public var enrolled = 0
    public var withdrawn = 0
    public var rejected = 0
    public var warnings = 0
    /// Rows that changed a stored learner's name or university (also counted in `updated`).
    public var identityChanges = 0
    public var revertedAt: String?
    public var revertedBy: String?

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

    public mutating func didInsert(_ inserted: InsertionSuccess) {
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
