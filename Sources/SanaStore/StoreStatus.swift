import GRDB

/// What `sana db status` reports.
package struct StoreStatus: Codable, Sendable, Equatable {
    package struct TableCount: Codable, Sendable, Equatable {
        package let table: String
        package let rows: Int
    }

    package let path: String
    package let schemaVersion: Int
    package let migrations: [AppliedMigration]
    package let tables: [TableCount]
}
