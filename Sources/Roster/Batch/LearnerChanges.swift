import Enrollment

/// The fields that differ between two snapshots of one learner, in roster column order, the
/// university by name (`institution` names an institution id).
enum LearnerChanges {
    static func fields(
        from before: LearnerSnapshot, to after: LearnerSnapshot, institution: (Int64?) throws -> String?
    ) rethrows -> [FieldChange] {
        var changes: [FieldChange] = []
        func compare(_ field: String, _ old: String?, _ new: String?) {
            if old != new { changes.append(FieldChange(field: field, before: old, after: new)) }
        }
        compare("last_name", before.lastName, after.lastName)
        compare("first_name", before.firstName, after.firstName)
        compare("middle_name", before.middleName, after.middleName)
        if before.institutionId != after.institutionId {
            changes.append(FieldChange(field: "university", before: try institution(before.institutionId), after: try institution(after.institutionId)))
        }
        compare("email", before.email, after.email)
        compare("faculty", before.faculty, after.faculty)
        compare("group", before.studyGroup, after.studyGroup)
        compare("language", before.locale, after.locale)
        compare("student_number", before.studentNumber, after.studentNumber)
        return changes
    }
}
