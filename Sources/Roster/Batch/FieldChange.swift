/// One field of a learner or an enrollment that a batch changes (or would change, or a revert restores):
/// its name as a roster column names it (`last_name`, `email`, `university`, `cohort`, `status`, ...),
/// the value before and after (nil: empty).
package struct FieldChange: Codable, Sendable, Equatable {
    package var field: String
    package var before: String?
    package var after: String?

    package init(field: String, before: String?, after: String?) {
        self.field = field
        self.before = before
        self.after = after
    }

    /// The fields that say who a learner is: a change to one of them is an identity change.
    package static let identityFields: Set<String> = ["last_name", "first_name", "middle_name", "university"]

    package var isIdentity: Bool { FieldChange.identityFields.contains(field) }

    /// Whether the field is one of the three parts of the name.
    package var isName: Bool { field == "last_name" || field == "first_name" || field == "middle_name" }
}
