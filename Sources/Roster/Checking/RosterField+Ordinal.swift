extension RosterField {
    /// The field's slot, a plain switch (a dictionary would hash on every access in the hot loop).
    var ordinal: Int {
        switch self {
        case .iin: return 0
        case .lastName: return 1
        case .firstName: return 2
        case .middleName: return 3
        case .fullName: return 4
        case .email: return 5
        case .university: return 6
        case .faculty: return 7
        case .group: return 8
        case .course: return 9
        case .cohort: return 10
        case .language: return 11
        case .studentNumber: return 12
        }
    }
}
