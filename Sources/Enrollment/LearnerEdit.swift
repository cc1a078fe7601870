/// What `sana learner edit` changes on one learner: fields given a new value, fields cleared
/// (only optional ones), and, for the cohort, the course whose enrollment it belongs to.
/// The IIN is not a field: a learner is known by it (a wrong one is fixed by a merge).
package struct LearnerEdit: Sendable, Equatable {
    /// A field an administrator may correct, named as its option (`--last-name`, `--clear email`).
    package enum Field: String, CaseIterable, Codable, Sendable, Comparable {
        case lastName = "last-name", firstName = "first-name", middleName = "middle-name", email, institution, faculty, group, language, cohort
        case studentNumber = "student-number"

        /// Whether `--clear` may empty it: names and the language are required.
        package var isClearable: Bool {
            switch self {
            case .lastName, .firstName, .language: return false
            case .middleName, .email, .institution, .faculty, .group, .cohort, .studentNumber: return true
            }
        }

        package static func < (lhs: Field, rhs: Field) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    package var values: [Field: String]
    package var cleared: Set<Field>
    /// The course whose enrollment's cohort changes (needed with a cohort, else unused).
    package var course: String?

    package init(values: [Field: String] = [:], cleared: Set<Field> = [], course: String? = nil) {
        self.values = values
        self.cleared = cleared
        self.course = course
    }

    package var isEmpty: Bool {
        values.isEmpty && cleared.isEmpty
    }
}
