import Roster

/// A batch's change to one learner as an admin reads it, in the admin's language:
/// `  updated   980525440647  Иванов Сергей  [ai-foundations]  email: old@edu.kz → new@edu.kz`.
struct LearnerChangeText {
    let texts: Texts

    func kind(_ change: LearnerChange) -> String {
        switch change.kind {
        case .created: return texts(RosterMessage.kindCreated)
        case .updated: return texts(change.identity ? RosterMessage.kindIdentity : RosterMessage.kindUpdated)
        case .enrolled: return texts(RosterMessage.kindEnrolled)
        case .moved: return texts(RosterMessage.kindMoved)
        case .withdrawn: return texts(RosterMessage.kindWithdrawn)
        case .removed: return texts(RosterMessage.kindRemoved)
        case .restored: return texts(RosterMessage.kindRestored)
        case .unenrolled: return texts(RosterMessage.kindUnenrolled)
        case .reinstated: return texts(RosterMessage.kindReinstated)
        }
    }

    func field(_ name: String) -> String {
        let messages: [String: RosterMessage] = [
            "last_name": .fieldLastName, "first_name": .fieldFirstName, "middle_name": .fieldMiddleName, "university": .fieldUniversity,
            "email": .fieldEmail, "faculty": .fieldFaculty, "group": .fieldGroup, "language": .fieldLanguage, "cohort": .fieldCohort,
            "status": .fieldStatus, "student_number": .fieldStudentNumber,
        ]
        return messages[name].map { texts($0) } ?? name
    }

    func value(_ text: String?) -> String {
        text.map { Output.visible($0) } ?? texts(RosterMessage.empty)
    }

    /// `email: old → new; group: (empty) → A`.
    func fields(_ change: LearnerChange) -> String {
        change.changes.map { "\(field($0.field)): \(value($0.before)) → \(value($0.after))" }.joined(separator: "; ")
    }

    /// The lines of a list, the kinds padded to one width.
    func lines(_ list: [LearnerChange], file: String? = nil) -> [String] {
        let kinds = list.map(kind)
        let width = kinds.map(\.count).max() ?? 0
        return zip(list, kinds).map { change, kind in
            var line = "  " + kind.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(change.iin)  \(Output.visible(change.fullName))"
            if let course = change.course { line += "  [\(course)]" }
            if !change.changes.isEmpty { line += "  " + fields(change) }
            if let file, let row = change.line { line += "  (\(file):\(row))" }
            return line
        }
    }

    /// An identity change as a diagnostic: `FILE:LINE: warning: IIN: name was A, now B; university was X, now Y`.
    func identityWarning(_ change: LearnerChange, file: String) -> String {
        var parts: [String] = []
        if change.changes.contains(where: \.isName) {
            parts.append(texts(RosterMessage.nameChanged, ["before": Output.visible(change.formerName), "after": Output.visible(change.fullName)]))
        }
        if let university = change.changes.first(where: { $0.field == "university" }) {
            parts.append(texts(RosterMessage.universityChanged, ["before": value(university.before), "after": value(university.after)]))
        }
        return "\(file):\(change.line ?? 0): warning: \(change.iin): " + parts.joined(separator: "; ")
    }
}
