import Enrollment
import Foundation
import SanaCSV

/// Checks each roster record against the learner rules and the import's defaults: everything but
/// the duplicate rule (the first row with an IIN wins), which needs the rows before it and is
/// applied in file order by `RosterParser`. Holds no state, so several threads share one.
struct RowValidator: Sendable {
    let map: HeaderMap
    let defaultUniversity: String?
    let defaultCourse: String?
    let defaultCohort: String?
    let knownCourses: Set<String>
    private let columns: [(RosterField, Int)]
    /// The column of each field by `RosterField.ordinal`, -1 when the file has none.
    private let columnOf: [Int]
    private let normalizedDefaultUniversity: String?

    init(map: HeaderMap, defaultUniversity: String?, defaultCourse: String?, defaultCohort: String?, knownCourses: Set<String>) {
        self.map = map
        self.defaultUniversity = defaultUniversity
        self.defaultCourse = defaultCourse
        self.defaultCohort = defaultCohort
        self.knownCourses = knownCourses
        columns = map.columns.sorted { $0.value < $1.value }.map { ($0.key, $0.value) }
        var columnOf = [Int](repeating: -1, count: RosterField.allCases.count)
        for (field, column) in map.columns { columnOf[field.ordinal] = column }
        self.columnOf = columnOf
        normalizedDefaultUniversity = defaultUniversity.map(LearnerFields.normalized)
    }

    /// Checks every record of `batch`, in order; `cache` is the calling thread's.
    func check(_ batch: RecordBatch, cache: inout ValueCache) -> CheckedBatch {
        var checked = CheckedBatch(records: batch)
        batch.storage.withUnsafeBufferPointer { storage in
            for row in 0..<batch.count {
                check(row, of: batch, storage: storage, cache: &cache, into: &checked)
            }
        }
        return checked
    }

    /// Record `row` of `batch`, whose bytes are `storage`.
    func check(
        _ row: Int, of batch: RecordBatch, storage: UnsafeBufferPointer<UInt8>, cache: inout ValueCache,
        into checked: inout CheckedBatch
    ) {
        let line = batch.line(row)
        func reject(_ message: String) -> RowDiagnostic {
            RowDiagnostic(line: line, severity: .error, message: message, fields: batch.lossyFields(row))
        }
        for (_, column) in columns {
            let bytes = UnsafeBufferPointer(rebasing: storage[batch.range(row, column)])
            if !UTF8Validation.isValid(bytes) {
                return checked.reject(reject("\(map.headers[column]) is not valid UTF-8: the file mixes encodings; re-export it as CSV UTF-8 or pass --encoding"))
            }
            if let mark = ByteOrderMark.find(in: bytes) {
                let value = ByteOrderMark.removed(from: String(decoding: bytes, as: UTF8.self))
                let place = mark.lowerBound == 0 ? "starts with" : "contains"
                return checked.reject(reject("\(map.headers[column]) '\(value)' \(place) a stray byte-order mark (U+FEFF), as left where files are joined: remove it"))
            }
        }
        /// The field's value, nil when the file has no such column.
        func value(_ field: RosterField) -> RawField? {
            let column = columnOf[field.ordinal]
            if column < 0 { return nil }
            return RawField(unescaping: UnsafeBufferPointer(rebasing: storage[batch.range(row, column)]))
        }
        // The IIN first: once valid it claims its line (in file order, by the parser), so a later
        // row repeating it is rejected even when this one fails on another field (which still
        // lists the learner, for --withdraw-missing).
        /// The field's normalized value, through `cache` (for columns with few distinct values).
        func common(_ field: RosterField) -> NormalizedText {
            switch value(field) {
            case .bytes(let bytes): return cache.normalized(bytes)
            case let other?: return other.normalized
            case nil: return RawField.empty.normalized
            }
        }
        let iinValue = value(.iin) ?? .empty
        let reading: IIN.Reading
        do {
            reading = try iinValue.iin()
        } catch {
            return checked.reject(reject(error.description))
        }
        let iin = reading.iin.number
        let lastValue = value(.lastName) ?? .empty
        let firstValue = value(.firstName) ?? .empty
        var lastName: NormalizedText, firstName: NormalizedText, middleName: NormalizedText
        if let full = value(.fullName), lastValue.isEmpty, firstValue.isEmpty {
            guard let names = RowValidator.split(full) else {
                let text = full.string
                return checked.reject(reject(text.isEmpty ? "full name is missing" : "full name '\(text)' needs at least a last and a first name"), iin: iin)
            }
            (lastName, firstName, middleName) = names
        } else {
            lastName = lastValue.normalized
            firstName = firstValue.normalized
            middleName = (value(.middleName) ?? .empty).normalized
        }
        let draft: LearnerDraft
        do {
            draft = try LearnerDraft(
                reading: reading, lastName: lastName, firstName: firstName, middleName: middleName,
                email: (value(.email) ?? .empty).normalized, institution: common(.university),
                faculty: common(.faculty), studyGroup: common(.group), locale: common(.language))
        } catch {
            return checked.reject(reject(error.description), iin: iin)
        }
        guard let university = draft.institution ?? normalizedDefaultUniversity else {
            return checked.reject(reject("university is missing: fill the column or pass --institution"), iin: iin)
        }
        let courseValue = common(.course).value
        guard let course = courseValue.isEmpty ? defaultCourse : courseValue else {
            return checked.reject(reject("course is missing: fill the column or pass --course"), iin: iin)
        }
        guard knownCourses.contains(course) else {
            return checked.reject(reject("course '\(course)' is not in the store"), iin: iin)
        }
        // Checked as `--cohort` is: one bad cell must reject its row, not abort the import on the
        // store's CHECK.
        let cohort: String?
        do {
            cohort = try LearnerFields.text(common(.cohort), field: "cohort", limit: 100, lettersOnly: true) ?? defaultCohort
        } catch {
            return checked.reject(reject(error.description), iin: iin)
        }
        var warning: RowDiagnostic?
        if draft.restoredLeadingZero {
            let given = iinValue.string.trimmingCharacters(in: .whitespaces)
            warning = RowDiagnostic(
                line: line, severity: .warning,
                message: "IIN \(given) has 11 digits: restored the leading zero Excel dropped (\(draft.iin))")
        }
        checked.keep(RosterRow(
            line: line, learner: consume draft, university: university, course: course,
            cohort: cohort), iin: iin, warning: warning)
    }

    /// "Фамилия Имя Отчество" split at white space into last, first and middle names (the rest,
    /// joined by single spaces); nil with fewer than two parts.
    static func split(_ full: RawField) -> (NormalizedText, NormalizedText, NormalizedText)? {
        if case .bytes(let bytes) = full {
            let scan = FieldScan(utf8: bytes)
            // Normalized, no control characters: the only white space is single ASCII spaces
            // between words, so the parts are the runs between spaces, themselves normalized.
            if scan.isNormalized && !scan.hasControl {
                let space = UInt8(ascii: " ")
                guard let first = bytes.firstIndex(of: space) else { return nil }
                let rest = UnsafeBufferPointer(rebasing: bytes[(first + 1)...])
                let second = rest.firstIndex(of: space) ?? rest.endIndex
                let middle = second == rest.endIndex ? rest.endIndex : second + 1
                return (
                    NormalizedText(utf8: UnsafeBufferPointer(rebasing: bytes[..<first])),
                    NormalizedText(utf8: UnsafeBufferPointer(rebasing: rest[..<second])),
                    NormalizedText(utf8: UnsafeBufferPointer(rebasing: rest[middle...])))
            }
        }
        let parts = full.string.split(whereSeparator: \.isWhitespace).map(String.init)
        guard parts.count >= 2 else { return nil }
        return (NormalizedText(parts[0]), NormalizedText(parts[1]), NormalizedText(parts.dropFirst(2).joined(separator: " ")))
    }

    /// A value the rejects file (or any sana export) guarded as `'=...` is read back as `=...`.
    static func unescapeFormula(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.unicodeScalars.dropFirst().first,
              CSVWriter.formulaStarts.contains(second) else { return text }
        return String(text.dropFirst())
    }
}
