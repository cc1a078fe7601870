/// The result of `sana db check`: SQLite's integrity and foreign-key checks.
public struct StoreCheck: Codable, Sendable, Equatable {
    public struct ForeignKeyViolation: Codable, Sendable, Equatable {
        public let table: String
        public let rowid: Int64?
        public let parent: String
    }

    public let integrity: [String]
    public let foreignKeyViolations: [ForeignKeyViolation]

    public var isHealthy: Bool {
        integrity == ["ok"] && foreignKeyViolations.isEmpty
    }
}
