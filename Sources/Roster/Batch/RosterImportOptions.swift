import SanaCSV
/// How `sana roster import` reads and applies a file.
package struct RosterImportOptions: Sendable {
    /// University for rows without one.
    package var institution: String?
    /// Course id for rows without one.
    package var course: String?
    /// Cohort for rows without one.
    package var cohort: String?
    /// Everything but the write: the exact counts a real run would give.
    package var dryRun = false
    package var withdrawMissing = false
    package var maxWithdrawPercent = 10.0
    /// Past this many identity changes (a learner's name or university changed) the batch is refused
    /// unless `acceptIdentityChanges`: a file that renames many learners is more likely a wrong
    /// column or a wrong file than many marriages and transfers.
    package var maxIdentityChanges = RosterImportOptions.defaultMaxIdentityChanges
    package var acceptIdentityChanges = false
    /// Collect every learner the batch creates, updates, enrolls or withdraws in the summary's `plan`.
    package var collectPlan = false

    package static let defaultMaxIdentityChanges = 5
    /// nil: detect.
    package var encoding: TextEncoding?
    /// nil: detect.
    package var delimiter: Delimiter?
    /// `--map COLUMN=FIELD`.
    package var mappings: [String: RosterField] = [:]

    package init() {}
}
