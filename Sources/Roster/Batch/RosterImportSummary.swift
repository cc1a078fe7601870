import SanaCSV
/// What an import did (or, in a dry run, would do).
package struct RosterImportSummary: Codable, Sendable, Equatable {
    package var file: String
    package var sha256: String
    package var encoding: TextEncoding
    package var delimiter: Delimiter
    /// nil in a dry run.
    package var batch: Int64?
    package var dryRun: Bool
    package var rows: Int
    package var created = 0
    package var updated = 0
    package var unchanged = 0
    package var enrolled = 0
    package var withdrawn = 0
    package var rejected = 0
    package var warnings = 0
    /// Rows that change a stored learner's name or university (counted in `updated` too).
    package var identityChanges = 0
    /// The limit the batch was held to (`--max-identity-changes`), nil when they were accepted.
    package var maxIdentityChanges: Int?
    /// Every learner created, updated, enrolled or withdrawn, when asked for (`collectPlan`).
    package var plan: [LearnerChange]?
    package var ignoredColumns: [String] = []
    package var seconds = 0.0

    /// A dry run over the limit: the real import would be refused.
    package var exceedsIdentityLimit: Bool {
        maxIdentityChanges.map { identityChanges > $0 } ?? false
    }
}
