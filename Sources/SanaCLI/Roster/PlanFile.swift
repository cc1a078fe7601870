import Roster
import SanaCSV

/// `roster import --plan OUT.csv`: every learner the import creates, updates, enrolls or withdraws,
/// one row each, through the CSV writer (UTF-8 with a BOM, formula-guarded, written aside and moved
/// into place whole). Column names and values stay language-neutral, as `--json` does.
enum PlanFile {
    static let headers = ["action", "line", "iin", "last_name", "first_name", "middle_name", "course", "identity_change", "changes"]

    static func write(_ changes: [LearnerChange], to path: String) throws {
        let writer = try CSVWriter(creating: path, replacing: true)
        do {
            try writer.write(headers)
            for change in changes {
                let fields = change.changes.map { "\($0.field): \($0.before ?? "") → \($0.after ?? "")" }.joined(separator: "; ")
                try writer.write([
                    change.kind.rawValue, change.line.map(String.init) ?? "", change.iin, change.lastName, change.firstName,
                    change.middleName ?? "", change.course ?? "", change.identity ? "yes" : "no", fields,
                ])
            }
            try writer.close()
        } catch {
            writer.discard()
            throw error
        }
    }
}
