import Enrollment

/// What a batch does to one learner, by name: the rows of an import's plan (`--dry-run --list`,
/// `--plan`), of `roster history BATCH`, and of what `roster revert` does or would do.
package struct LearnerChange: Codable, Sendable, Equatable {
    package enum Kind: String, Codable, Sendable, CaseIterable {
        /// An import: the learner is new to the store (and enrolled in `course`).
        case created
        /// An import: stored fields change (`changes`; `identity` when the name or university does).
        case updated
        /// An import: a learner already stored is enrolled in `course`, or enrolled again after a withdrawal.
        case enrolled
        /// An import: the enrollment's cohort changes.
        case moved
        /// An import's `--withdraw-missing`: withdrawn from `course`.
        case withdrawn
        /// A revert: a learner the batch created is removed.
        case removed
        /// A revert: the fields the batch changed get their values back (`changes`: now → then).
        case restored
        /// A revert: an enrollment the batch created is removed.
        case unenrolled
        /// A revert: an enrollment the batch changed (a withdrawal, a cohort) is put back.
        case reinstated
    }

    package var kind: Kind
    /// The roster line it comes from (an import's plan only).
    package var line: Int?
    package var iin: String
    package var lastName: String
    package var firstName: String
    package var middleName: String?
    package var course: String?
    package var changes: [FieldChange]

    package init(
        kind: Kind, line: Int? = nil, iin: String, lastName: String, firstName: String, middleName: String?,
        course: String? = nil, changes: [FieldChange] = []
    ) {
        self.kind = kind
        self.line = line
        self.iin = iin
        self.lastName = lastName
        self.firstName = firstName
        self.middleName = middleName
        self.course = course
        self.changes = changes
    }

    /// The name or the university changes: a different person, or a transfer.
    package var identity: Bool { changes.contains(where: \.isIdentity) }

    /// `Last First Middle`, as `Learner.fullName` shows a person.
    package var fullName: String { Learner.fullName(lastName, firstName, middleName) }

    /// The name before the change's name fields (`fullName` when none changes), shown as `fullName` is.
    package var formerName: String {
        func before(_ field: String, _ now: String?) -> String? {
            changes.first { $0.field == field }.map(\.before) ?? now
        }
        return Learner.fullName(before("last_name", lastName) ?? "", before("first_name", firstName) ?? "", before("middle_name", middleName))
    }

    enum CodingKeys: String, CodingKey {
        case kind, line, iin, course, changes, identity
        case lastName = "last_name"
        case firstName = "first_name"
        case middleName = "middle_name"
    }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(line, forKey: .line)
        try container.encode(iin, forKey: .iin)
        try container.encode(lastName, forKey: .lastName)
        try container.encode(firstName, forKey: .firstName)
        try container.encodeIfPresent(middleName, forKey: .middleName)
        try container.encodeIfPresent(course, forKey: .course)
        try container.encode(changes, forKey: .changes)
        try container.encode(identity, forKey: .identity)
    }

    package init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        line = try container.decodeIfPresent(Int.self, forKey: .line)
        iin = try container.decode(String.self, forKey: .iin)
        lastName = try container.decode(String.self, forKey: .lastName)
        firstName = try container.decode(String.self, forKey: .firstName)
        middleName = try container.decodeIfPresent(String.self, forKey: .middleName)
        course = try container.decodeIfPresent(String.self, forKey: .course)
        changes = try container.decode([FieldChange].self, forKey: .changes)
    }
}
