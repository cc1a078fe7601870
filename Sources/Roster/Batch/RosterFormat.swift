/// What `sana roster import` reads: a roster CSV, or a OneRoster 1.1 CSV package.
package enum RosterFormat: String, Sendable, CaseIterable {
    case csv
    case oneroster
}
