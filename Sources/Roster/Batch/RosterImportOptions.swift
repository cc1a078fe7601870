import SanaCSV
/// How `sana roster import` reads and applies a file.
public struct RosterImportOptions: Sendable {
    /// University for rows without one.
    public var institution: String?
    /// Course id for rows without one.
    public var course: String?
    /// Cohort for rows without one.
    public var cohort: String?
    /// Everything but the write: the exact counts a real run would give.
    public var dryRun = false
    public var withdrawMissing = false
    public var maxWithdrawPercent = 10.0
    /// Past this many identity changes (a learner's name or university changed) the batch is refused
    /// unless `acceptIdentityChanges`: a file that renames many learners is more likely a wrong
    /// column or a wrong file than many marriages and transfers.
    public var maxIdentityChanges = RosterImportOptions.defaultMaxIdentityChanges
    public var acceptIdentityChanges = false
    /// Collect every learner the batch creates, updates, enrolls or withdraws in the summary's `plan`.
    public var collectPlan = false

    public static let defaultMaxIdentityChanges = 5
    /// nil: detect.
    public var encoding: TextEncoding?
    /// nil: detect.
    public var delimiter: Delimiter?
    /// `--map COLUMN=FIELD`.
    public var mappings: [String: RosterField] = [:]

    public init() {}
}
