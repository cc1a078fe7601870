import Foundation
import SanaStore

/// What stops a roster import, history or revert as a whole; row problems are `RowDiagnostic`s.
package enum RosterError: SanaError, Equatable {
    case cannotRead(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case emptyFile(path: String)
    case unterminatedQuote(path: String, line: Int)
    case recordTooLong(path: String, line: Int, limit: Int)
    case fieldTooLong(path: String, line: Int, limit: Int, quoted: Bool)
    /// CP1251 and KZ-1048 read the file differently and the words do not settle which is meant.
    case unclearEncoding(path: String, readings: [EncodingReading], more: Int)
    case byteOrderMarkInHeader(path: String, header: String)
    case missingColumn(path: String, field: String, looked: [String])
    case duplicateColumn(path: String, field: String, columns: [String])
    case mapUnknownColumn(path: String, column: String)
    case badMapping(String)
    case lostLettersInHeader(path: String, header: String)
    case badOption(name: String, problem: String)
    case rowRefused(path: String, line: Int, iin: String, reason: String)
    case noUniversity(path: String)
    case noCourse(path: String)
    case unknownCourse(String)
    case identityChangeLimit(count: Int, limit: Int)
    case withdrawLimit(wouldWithdraw: Int, of: Int, institution: String, course: String, maxPercent: Double)
    case interrupted(rowsRead: Int)
    case batchNotFound(Int64)
    case alreadyReverted(Int64)
    case revertConflict(batch: Int64, iins: [String], more: Int)
    case oneRoster(path: String, message: String)
    case archiveTooManyFiles(path: String, limit: Int)
    case archiveTooLarge(path: String, limit: Int64)
    /// The store changed under a batch that holds its write lock: a bug, or a foreign writer.
    case storeChanged(iin: String)
    case everyRowRejected(path: String, rows: Int)

    package var description: String {
        switch self {
        case .cannotRead(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .everyRowRejected(let path, let rows):
            return "every one of the \(rows) rows of \(path) was rejected: nothing was imported"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .emptyFile(let path):
            return "\(path) is empty: a roster needs a header line and at least one row"
        case .unterminatedQuote(let path, let line):
            return "\(path):\(line): a quoted field opened here is never closed"
        case .recordTooLong(let path, let line, let limit):
            return "\(path):\(line): the record starting on this line is longer than \(RosterError.size(limit)), the most one roster record may hold: this is not a roster file"
        case .fieldTooLong(let path, let line, let limit, let quoted):
            if quoted {
                return "\(path):\(line): a quoted field opened on this line runs past \(RosterError.size(limit)), the most one field may hold: its closing quote is probably missing"
            }
            return "\(path):\(line): a field on this line is longer than \(RosterError.size(limit)), the most one field may hold: this is not a roster file"
        case .unclearEncoding(let path, let readings, let more):
            let shown = readings.map { "line \($0.line): '\($0.cp1251)' or '\($0.kz1048)'" }.joined(separator: "; ")
            let rest = more > 0 ? "; and \(more) more word\(more == 1 ? "" : "s")" : ""
            return "\(path) reads differently as CP1251 and as KZ-1048 and either could be meant (\(shown)\(rest)): nothing was imported; choose with --encoding cp1251 or --encoding kz1048"
        case .byteOrderMarkInHeader(let path, let header):
            return "\(path) has a column named '\(header)' with a stray byte-order mark (U+FEFF) in it, as left when a file is saved twice or files are joined: remove it"
        case .missingColumn(let path, let field, let looked):
            return "\(path) has no \(field) column (looked for \(looked.joined(separator: ", "))): name it with --map COLUMN=\(field)"
        case .duplicateColumn(let path, let field, let columns):
            return "\(path) has several \(field) columns (\(columns.joined(separator: ", "))): choose one with --map COLUMN=\(field)"
        case .mapUnknownColumn(let path, let column):
            return "--map names column '\(column)', which \(path) does not have"
        case .badMapping(let text):
            return "--map '\(text)' is not COLUMN=FIELD with FIELD one of \(RosterField.allCases.map(\.rawValue).joined(separator: ", "))"
        case .lostLettersInHeader(let path, let header):
            return "\(path) has a column named '\(header)': letters were lost in a non-Unicode export; re-export the file as CSV UTF-8"
        case .badOption(let name, let problem):
            return "--\(name): \(problem)"
        case .rowRefused(let path, let line, let iin, let reason):
            return "\(path):\(line): the store refused the row for IIN \(iin) (\(reason)): nothing was imported"
        case .noUniversity(let path):
            return "\(path) has no university column: add one or pass --institution NAME"
        case .noCourse(let path):
            return "\(path) has no course column: add one or pass --course ID"
        case .unknownCourse(let course):
            return "course \(course) is not in the store: import it first with 'sana course import'"
        case .withdrawLimit(let count, let total, let institution, let course, let maxPercent):
            let percent = total == 0 ? 0 : Double(count) * 100 / Double(total)
            return "--withdraw-missing would withdraw \(count) of \(total) learners (\(RosterError.format(percent))%) of \(institution) from \(course), more than --max-withdraw \(RosterError.format(maxPercent))%: nothing was imported"
        case .identityChangeLimit(let count, let limit):
            let rows = count == 1 ? "1 row changes" : "\(count) rows change"
            return "\(rows) a learner's name or university, more than --max-identity-changes \(limit): nothing was imported; check the rows listed above and pass --accept-identity-changes if they are right"
        case .interrupted(let rowsRead):
            return "interrupted after \(rowsRead) rows: the import was rolled back, nothing was changed"
        case .batchNotFound(let id):
            return "no import batch \(id): see 'sana roster history'"
        case .alreadyReverted(let id):
            return "import batch \(id) was already reverted"
        case .revertConflict(let batch, let iins, let more):
            let list = iins.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
            return "cannot revert import batch \(batch): later changes touched learners \(list)"
        case .oneRoster(let path, let message):
            return "\(path): \(message)"
        case .archiveTooManyFiles(let path, let limit):
            return "\(path) holds more than \(limit) files, the most a OneRoster zip may hold: this is not a OneRoster export"
        case .archiveTooLarge(let path, let limit):
            return "\(path) unpacks to more than \(RosterError.size(Int(limit))), the most sana reads from a OneRoster zip: nothing was imported"
        case .storeChanged(let iin):
            return "learner \(iin) disappeared from the store during the import: nothing was imported; run 'sana db check'"
        }
    }

    /// A byte limit as people say it: `64 KiB`, `1 MiB`, `1 GiB`.
    static func size(_ bytes: Int) -> String {
        for (unit, scale) in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] where bytes >= scale && bytes % scale == 0 {
            return "\(bytes / scale) \(unit)"
        }
        return "\(bytes) bytes"
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
