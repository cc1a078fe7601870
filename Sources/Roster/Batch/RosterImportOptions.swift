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
    /// nil: detect.
    public var encoding: TextEncoding?
    /// nil: detect.
    public var delimiter: Delimiter?
    /// `--map COLUMN=FIELD`.
    public var mappings: [String: RosterField] = [:]

    public init() {}
}
