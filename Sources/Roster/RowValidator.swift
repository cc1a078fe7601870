import Enrollment
import Foundation

/// Checks each roster record against the learner rules and the import's defaults, and rejects
/// later rows repeating an IIN (the first row wins).
struct RowValidator {
    let map: HeaderMap
    let defaultUniversity: String?
    let defaultCourse: String?
    let defaultCohort: String?
    let knownCourses: Set<String>
    private let columns: [(RosterField, Int)]
    private var firstLines = IINLines()

    init(map: HeaderMap, defaultUniversity: String?, defaultCourse: String?, defaultCohort: String?, knownCourses: Set<String>) {
        self.map = map
        self.defaultUniversity = defaultUniversity
        self.defaultCourse = defaultCourse
        self.defaultCohort = defaultCohort
        self.knownCourses = knownCourses
        columns = map.columns.sorted { $0.value < $1.value }.map { ($0.key, $0.value) }
    }

    /// Whether the file listed `iin` on any row whose IIN was valid (rows rejected for other
    /// reasons included).
    func lists(_ iin: UInt64) -> Bool {
        firstLines.contains(iin)
    }

    /// The row, or nil with the reason it is rejected; warnings for a kept row go to `warnings`.
    mutating func validate(_ record: CSVRecord, warnings: inout [RowDiagnostic]) -> Result<RosterRow, RowDiagnostic> {
        func reject(_ message: String) -> Result<RosterRow, RowDiagnostic> {
            .failure(RowDiagnostic(line: record.line, severity: .error, message: message, fields: record.lossyFields))
        }
        var values = FieldValues()
        for (field, column) in columns {
            guard let text = record.field(column) else {
                return reject("\(map.headers[column]) is not valid UTF-8: the file mixes encodings; re-export it as CSV UTF-8 or pass --encoding")
            }
            values[field] = RowValidator.unescapeFormula(text)
        }
        // The IIN first: once valid it claims its line, so a later row repeating it is rejected
        // even when this one fails on another field (which still lists the learner, for
        // --withdraw-missing).
        let reading: IIN.Reading
        do {
            reading = try IIN.read(values[.iin] ?? "")
        } catch {
            return reject(error.description)
        }
        // A repeat from the same source line is that row's next course (a OneRoster student in
        // two classes), not a duplicate.
        if let first = firstLines.firstLine(of: UInt64(reading.iin.digits)!, at: record.line), first != record.line {
            return reject("IIN \(reading.iin) repeats line \(first): the first row wins")
        }
        var lastName = values[.lastName] ?? ""
        var firstName = values[.firstName] ?? ""
        var middleName = values[.middleName] ?? ""
        if let full = values[.fullName], lastName.isEmpty, firstName.isEmpty {
            let parts = full.split(whereSeparator: \.isWhitespace).map(String.init)
            guard parts.count >= 2 else {
                return reject(full.isEmpty ? "full name is missing" : "full name '\(full)' needs at least a last and a first name")
            }
            lastName = parts[0]
            firstName = parts[1]
            middleName = parts.dropFirst(2).joined(separator: " ")
        }
        let draft: LearnerDraft
        do {
            draft = try LearnerDraft(
                iin: values[.iin] ?? "", lastName: lastName, firstName: firstName, middleName: middleName,
                email: values[.email] ?? "", institution: values[.university] ?? "", faculty: values[.faculty] ?? "",
                studyGroup: values[.group] ?? "", locale: values[.language] ?? "")
        } catch {
            return reject(error.description)
        }
        guard let university = draft.institution ?? defaultUniversity.map(LearnerFields.normalized) else {
            return reject("university is missing: fill the column or pass --institution")
        }
        let courseValue = LearnerFields.normalized(values[.course] ?? "")
        guard let course = courseValue.isEmpty ? defaultCourse : courseValue else {
            return reject("course is missing: fill the column or pass --course")
        }
        guard knownCourses.contains(course) else {
            return reject("course '\(course)' is not in the store")
        }
        let cohortValue = LearnerFields.normalized(values[.cohort] ?? "")
        if draft.restoredLeadingZero {
            let given = (values[.iin] ?? "").trimmingCharacters(in: .whitespaces)
            warnings.append(RowDiagnostic(
                line: record.line, severity: .warning,
                message: "IIN \(given) has 11 digits: restored the leading zero Excel dropped (\(draft.iin))"))
        }
        return .success(RosterRow(
            line: record.line, learner: draft, university: university, course: course,
            cohort: cohortValue.isEmpty ? defaultCohort : cohortValue))
    }

    /// A value the rejects file (or any sana export) guarded as `'=...` is read back as `=...`.
    static func unescapeFormula(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.unicodeScalars.dropFirst().first,
              CSVWriter.formulaStarts.contains(second) else { return text }
        return String(text.dropFirst())
    }
}
