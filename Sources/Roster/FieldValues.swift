/// A row's values by field, without hashing: a slot per `RosterField`.
struct FieldValues {
    private var slots = [String?](repeating: nil, count: RosterField.allCases.count)

    subscript(field: RosterField) -> String? {
        get { slots[field.ordinal] }
        set { slots[field.ordinal] = newValue }
    }
}
