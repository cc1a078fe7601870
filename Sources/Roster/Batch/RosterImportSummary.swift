import SanaCSV
/// What an import did (or, in a dry run, would do).
public struct RosterImportSummary: Codable, Sendable, Equatable {
    public var file: String
    public var sha256: String
    public var encoding: TextEncoding
    public var delimiter: Delimiter
    /// nil in a dry run.
    public var batch: Int64?
    public var dryRun: Bool
    public var rows: Int
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    public var enrolled = 0
    public var withdrawn = 0
    public var rejected = 0
    public var warnings = 0
    /// Rows that change a stored learner's name or university (counted in `updated` too).
    public var identityChanges = 0
    /// The limit the batch was held to (`--max-identity-changes`), nil when they were accepted.
    public var maxIdentityChanges: Int?
    /// Every learner created, updated, enrolled or withdrawn, when asked for (`collectPlan`).
    public var plan: [LearnerChange]?
    public var ignoredColumns: [String] = []
    public var seconds = 0.0

    /// A dry run over the limit: the real import would be refused.
    public var exceedsIdentityLimit: Bool {
        maxIdentityChanges.map { identityChanges > $0 } ?? false
    }
}
