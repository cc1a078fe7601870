/// One institution's line of `sana report completions`.
package struct CompletionRow: Codable, Sendable, Equatable {
    /// The institution's name; nil for learners without one.
    package let institution: String?
    /// Learners enrolled (active or completed; withdrawn ones left out).
    package let enrolled: Int
    /// Of them, learners with at least one submitted attempt.
    package let attempted: Int
    /// Of them, learners with a passed attempt.
    package let passed: Int

    package init(institution: String?, enrolled: Int, attempted: Int, passed: Int) {
        self.institution = institution
        self.enrolled = enrolled
        self.attempted = attempted
        self.passed = passed
    }

    /// passed / attempted; nil when no one attempted.
    package var passRate: Double? {
        attempted > 0 ? Double(passed) / Double(attempted) : nil
    }
}
