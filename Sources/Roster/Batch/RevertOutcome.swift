/// What `roster revert` did, or in a dry run would do: the batch, and each learner by name. Its
/// JSON is the batch's, with `dry_run` and `changes` beside.
public struct RevertOutcome: Encodable, Sendable, Equatable {
    public var batch: ImportBatch
    public var dryRun: Bool
    public var changes: [LearnerChange]

    /// Learners the revert removes (the batch created them).
    public var removed: Int { changes.filter { $0.kind == .removed }.count }
    /// Learners whose values the revert puts back.
    public var restored: Int { changes.filter { $0.kind == .restored }.count }
    /// Withdrawals (and other enrollment changes) the revert undoes.
    public var reinstated: Int { changes.filter { $0.kind == .reinstated }.count }
    /// Enrollments of learners stored before the batch that the revert removes.
    public var unenrolled: Int { changes.filter { $0.kind == .unenrolled }.count }

    enum CodingKeys: String, CodingKey {
        case changes
        case dryRun = "dry_run"
    }

    public func encode(to encoder: Encoder) throws {
        try batch.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dryRun, forKey: .dryRun)
        try container.encode(changes, forKey: .changes)
    }
}
