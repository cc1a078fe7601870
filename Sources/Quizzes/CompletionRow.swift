/// One institution's line of `sana report completions`.
public struct CompletionRow: Codable, Sendable, Equatable {
    /// The institution's name; nil for learners without one.
    public let institution: String?
    /// Learners enrolled (active or completed; withdrawn ones left out).
    public let enrolled: Int
    /// Of them, learners with at least one submitted attempt.
    public let attempted: Int
    /// Of them, learners with a passed attempt.
    public let passed: Int

    public init(institution: String?, enrolled: Int, attempted: Int, passed: Int) {
        self.institution = institution
        self.enrolled = enrolled
        self.attempted = attempted
        self.passed = passed
    }

    /// passed / attempted; nil when no one attempted.
    public var passRate: Double? {
        attempted > 0 ? Double(passed) / Double(attempted) : nil
    }
}
