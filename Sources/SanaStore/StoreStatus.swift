import GRDB

/// What `sana db status` reports.
public struct StoreStatus: Codable, Sendable, Equatable {
    public struct TableCount: Codable, Sendable, Equatable {
        public let table: String
        public let rows: Int
    }

    public let path: String
    public let schemaVersion: Int
    public let migrations: [AppliedMigration]
    public let tables: [TableCount]
}
