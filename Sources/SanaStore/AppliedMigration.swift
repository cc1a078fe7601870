import GRDB

/// A row of `sana_migration`: a schema file applied to this store.
public struct AppliedMigration: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "sana_migration"

    public var name: String
    public var sha256: String
    public var appliedAt: String

    enum CodingKeys: String, CodingKey {
        case name, sha256
        case appliedAt = "applied_at"
    }
}

extension AppliedMigration {
    /// The leading number of the file name.
    public var version: Int {
        Migration.version(of: name)
    }
}
