import GRDB

/// A row of `sana_migration`: a schema file applied to this store.
package struct AppliedMigration: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "sana_migration"

    package var name: String
    package var sha256: String
    package var appliedAt: String

    enum CodingKeys: String, CodingKey {
        case name, sha256
        case appliedAt = "applied_at"
    }
}

extension AppliedMigration {
    /// The leading number of the file name.
    package var version: Int {
        Migration.version(of: name)
    }
}
