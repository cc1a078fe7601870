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
    /// The store's universities, for "did you mean ...?" on names it does not have.
    let universities: UniversitySuggestions
    private let columns: [(RosterField, Int)]
    /// The column of each field by `RosterField.ordinal`, -1 when the file has none.
    private let columnOf: [Int]
    private let normalizedDefaultUniversity: String?
    /// The value of an empty or absent field, made once (every row has some).
    private let blank = NormalizedText("")

    init(
        map: HeaderMap, defaultUniversity: String?, defaultCourse: String?, defaultCohort: String?, knownCourses: Set<String>,
        universities: InstitutionNames = InstitutionNames([])
    ) {
        self.universities = UniversitySuggestions(universities)
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
        func reject(_ problems: [RowProblem], iin: UInt64? = nil) {
            checked.reject(RowDiagnostic(line: line, severity: .error, problems: problems, fields: batch.lossyFields(row)), iin: iin)
        }
        // Bytes that are not text: every such column is named, and the row stops there.
        var encoding: [RowProblem] = []
        for (_, column) in columns {
            let bytes = UnsafeBufferPointer(rebasing: storage[batch.range(row, column)])
            if !UTF8Validation.isValid(bytes) {
                encoding.append(.notUTF8(column: map.headers[column]))
            } else if let mark = ByteOrderMark.find(in: bytes) {
                let value = ByteOrderMark.removed(from: String(decoding: bytes, as: UTF8.self))
                encoding.append(.byteOrderMark(column: map.headers[column], value: value, atStart: mark.lowerBound == 0))
            }
        }
        if !encoding.isEmpty { return reject(encoding) }
        /// The field's value, nil when the file has no such column.
        func value(_ field: RosterField) -> RawField? {
            let column = columnOf[field.ordinal]
            if column < 0 { return nil }
            return RawField(unescaping: UnsafeBufferPointer(rebasing: storage[batch.range(row, column)]))
        }
        /// The field's normalized value, through `cache` (for columns with few distinct values).
        func common(_ field: RosterField) -> NormalizedText {
            switch value(field) {
            case .bytes(let bytes): return cache.normalized(bytes)
            case let other?: return other.normalized
            case nil: return blank
            }
        }
        // The IIN first: once valid it claims its line (in file order, by the parser), so a later
        // row repeating it is rejected even when this one fails on another field (which still
        // lists the learner, for --withdraw-missing). Every problem of the row is reported.
        let iinValue = value(.iin) ?? .empty
        let reading: Result<IIN.Reading, IIN.Problem>
        do {
            reading = .success(try iinValue.iin())
        } catch {
            reading = .failure(error)
        }
        let iin = try? reading.get().iin.number
        var problems: [RowProblem] = []
        let lastValue = value(.lastName) ?? .empty
        let firstValue = value(.firstName) ?? .empty
        var lastName = blank, firstName = blank, middleName = blank
        var namesProblem: RowProblem?
        if let full = value(.fullName), lastValue.isEmpty, firstValue.isEmpty {
            if let names = RowValidator.split(full) {
                (lastName, firstName, middleName) = names
            } else {
                namesProblem = .fullNameMissing
            }
        } else {
            lastName = lastValue.normalized
            firstName = firstValue.normalized
            middleName = value(.middleName)?.normalized ?? blank
        }
        let universityCell = common(.university)
        var draft: LearnerDraft?
        do {
            draft = try LearnerDraft(
                checking: reading, lastName: namesProblem == nil ? lastName : NormalizedText(LearnerFields.singleNameMarker),
                firstName: namesProblem == nil ? firstName : NormalizedText(LearnerFields.singleNameMarker), middleName: middleName,
                email: value(.email)?.normalized ?? blank, institution: universityCell,
                faculty: common(.faculty), studyGroup: common(.group), locale: common(.language),
                studentNumber: value(.studentNumber)?.normalized ?? blank)
        } catch {
            var all = error.all.map(RowProblem.field)
            // The IIN's problem first, then the names', in column order.
            if let namesProblem { all.insert(namesProblem, at: all.first.map { if case .field(.iin) = $0 { 1 } else { 0 } } ?? 0) }
            problems += all
        }
        if let namesProblem, draft != nil {
            problems.append(namesProblem)
            draft = nil
        }
        let university = universityCell.isEmpty ? normalizedDefaultUniversity : draft?.institution
        if universityCell.isEmpty && normalizedDefaultUniversity == nil {
            problems.append(.universityMissing)
        }
        let courseValue = common(.course).value
        let course = courseValue.isEmpty ? defaultCourse : courseValue
        if let course {
            if !knownCourses.contains(course) { problems.append(.unknownCourse(course)) }
        } else {
            problems.append(.courseMissing)
        }
        // Checked as `--cohort` is: one bad cell must reject its row, not abort the import on the
        // store's CHECK.
        var cohort: String?
        do {
            cohort = try LearnerFields.text(common(.cohort), field: "cohort", limit: 100, lettersOnly: true) ?? defaultCohort
        } catch {
            problems.append(.field(error))
        }
        // `take()`: the draft moves into the row, not copied (a row's strings cost a retain each).
        guard problems.isEmpty, let university, let course, let draft = draft.take() else {
            return reject(problems, iin: iin)
        }
        var warnings: [RowProblem] = []
        if let repair = draft.iinRepair {
            warnings.append(.iinRepaired(repair, iin: draft.iin.digits))
        }
        let suggestions = cache.suggestions(for: university, universities.suggestions)
        if !suggestions.isEmpty {
            warnings.append(.newUniversity(name: university, suggestions: suggestions))
        }
        checked.keep(RosterRow(
            line: line, learner: draft, university: university, course: course,
            cohort: cohort), iin: iin!, warning: warnings.isEmpty ? nil : RowDiagnostic(line: line, severity: .warning, problems: warnings))
    }

    /// "Фамилия Имя Отчество" split at white space into last, first and middle names (the rest,
    /// joined by single spaces); one word is a single-name learner's (first name the dash of the
    /// single-name rule); nil when empty.
    static func split(_ full: RawField) -> (NormalizedText, NormalizedText, NormalizedText)? {
        if case .bytes(let bytes) = full {
            let scan = FieldScan(utf8: bytes)
            // Normalized, no control characters: the only white space is single ASCII spaces
            // between words, so the parts are the runs between spaces, themselves normalized.
            if scan.isNormalized && !scan.hasControl {
                let space = UInt8(ascii: " ")
                if bytes.isEmpty { return nil }
                guard let first = bytes.firstIndex(of: space) else {
                    return (NormalizedText(utf8: bytes), NormalizedText(LearnerFields.singleNameMarker), NormalizedText(""))
                }
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
        if parts.isEmpty { return nil }
        // The single-name rule: a full name of one word is the last name, the first name a dash.
        if parts.count == 1 { return (NormalizedText(parts[0]), NormalizedText(LearnerFields.singleNameMarker), NormalizedText("")) }
        return (NormalizedText(parts[0]), NormalizedText(parts[1]), NormalizedText(parts.dropFirst(2).joined(separator: " ")))
    }

    /// A value the rejects file (or any sana export) guarded as `'=...` is read back as `=...`.
    static func unescapeFormula(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.unicodeScalars.dropFirst().first,
              CSVWriter.formulaStarts.contains(second) else { return text }
        return String(text.dropFirst())
    }
}
