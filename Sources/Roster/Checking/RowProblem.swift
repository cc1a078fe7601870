import Enrollment

/// One problem of one roster row, with its values: what the row checks found, language-free.
/// `description` is the English sentence (the library's and the tests' wording); the CLI renders
/// each case in the admin's language (`RowMessage`).
package enum RowProblem: Sendable, Equatable, CustomStringConvertible {
    /// A field broke a learner rule (the IIN's problems included).
    case field(FieldProblem)
    case notUTF8(column: String)
    case byteOrderMark(column: String, value: String, atStart: Bool)
    case fullNameMissing
    case universityMissing
    case courseMissing
    case unknownCourse(String)
    /// A later row with the IIN of an earlier one: the first row wins.
    case repeatsLine(iin: String, line: Int)
    /// A warning: the IIN as given was repaired to `iin`.
    case iinRepaired(IIN.Repair, iin: String)
    /// A warning: a university the store does not have yet (it will be created), close to ones it has.
    case newUniversity(name: String, suggestions: [String])
    /// A warning, once per class (OneRoster): its course is not in the store, so its students are
    /// not enrolled in it.
    case unknownClassCourse(classID: String, course: String, students: Int)
    /// A problem the checks described in words only.
    case text(String)

    package var description: String {
        switch self {
        case .field(let problem):
            return problem.description
        case .notUTF8(let column):
            return "\(column) is not valid UTF-8: the file mixes encodings; re-export it as CSV UTF-8 or pass --encoding"
        case .byteOrderMark(let column, let value, let atStart):
            return "\(column) '\(value)' \(atStart ? "starts with" : "contains") a stray byte-order mark (U+FEFF), as left where files are joined: remove it"
        case .fullNameMissing:
            return "full name is missing"
        case .universityMissing:
            return "university is missing: fill the column or pass --institution"
        case .courseMissing:
            return "course is missing: fill the column or pass --course"
        case .unknownCourse(let course):
            return "course '\(course)' is not in the store"
        case .repeatsLine(let iin, let line):
            return "IIN \(iin) repeats line \(line): the first row wins"
        case .iinRepaired(.leadingZeros(let given, let zeros), let iin):
            return "IIN \(given) has \(given.count) digits: restored the \(zeros == 1 ? "leading zero" : "\(zeros) leading zeros") Excel dropped (\(iin))"
        case .iinRepaired(.spaces(let given, let kinds), let iin):
            return "IIN '\(given)' contains \(kinds.map(\.name).joined(separator: ", ")): removed (\(iin))"
        case .newUniversity(let name, let suggestions):
            return "university '\(name)' is not in the store and will be added: did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
        case .unknownClassCourse(let classID, let course, let students):
            return "class \(classID) is of course '\(course)', which is not in the store: its \(students) \(students == 1 ? "student is" : "students are") not enrolled in it (import the course, or pass --course to import one course's classes)"
        case .text(let message):
            return message
        }
    }
}
