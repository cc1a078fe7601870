/// What `roster revert` did, or in a dry run would do: the batch, and each learner by name. Its
/// JSON is the batch's, with `dry_run` and `changes` beside.
package struct RevertOutcome: Encodable, Sendable, Equatable {
    package var batch: ImportBatch
    package var dryRun: Bool
    package var changes: [LearnerChange]

    /// Learners the revert removes (the batch created them).
    package var removed: Int { changes.filter { $0.kind == .removed }.count }
    /// Learners whose values the revert puts back.
    package var restored: Int { changes.filter { $0.kind == .restored }.count }
    /// Withdrawals (and other enrollment changes) the revert undoes.
    package var reinstated: Int { changes.filter { $0.kind == .reinstated }.count }
    /// Enrollments of learners stored before the batch that the revert removes.
    package var unenrolled: Int { changes.filter { $0.kind == .unenrolled }.count }

    enum CodingKeys: String, CodingKey {
        case changes
        case dryRun = "dry_run"
    }

    package func encode(to encoder: Encoder) throws {
        try batch.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dryRun, forKey: .dryRun)
        try container.encode(changes, forKey: .changes)
    }
}
