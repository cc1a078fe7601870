/// The result of `sana db check`: SQLite's integrity and foreign-key checks.
package struct StoreCheck: Codable, Sendable, Equatable {
    package struct ForeignKeyViolation: Codable, Sendable, Equatable {
        package let table: String
        package let rowid: Int64?
        package let parent: String
    }

    package let integrity: [String]
    package let foreignKeyViolations: [ForeignKeyViolation]

    package var isHealthy: Bool {
        integrity == ["ok"] && foreignKeyViolations.isEmpty
    }
}
