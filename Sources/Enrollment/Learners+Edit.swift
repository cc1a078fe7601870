import Foundation
import GRDB
import SanaStore

extension Learners {
    /// Corrects one learner's fields: the merged values pass the same rules as a roster row
    /// (`LearnerDraft`), the row's `updated_at` moves on while its `batch_id` stays (so a revert of
    /// the import batch that last wrote it sees a later change, names the learner and refuses,
    /// instead of restoring the old values over the correction), and the change is audited with
    /// the field names, not the values. Values already as asked change nothing and write nothing.
    package func edit(iin: IIN, _ edit: LearnerEdit, now: Date = Date()) throws -> EditedLearner {
        try store.write { db in
            guard var learner = try Learner.find(db, iin: iin) else {
                throw EnrollmentError.learnerNotFound(iin: iin.digits)
            }
            let stamp = Timestamp.string(from: now)
            let institution = try learner.institutionId.flatMap {
                try String.fetchOne(db, sql: "SELECT name FROM institution WHERE id = ?", arguments: [$0])
            }
            func merged(_ field: LearnerEdit.Field, _ current: String?) -> String {
                if edit.cleared.contains(field) { return "" }
                return edit.values[field] ?? current ?? ""
            }
            let draft: LearnerDraft
            do throws(FieldProblem) {
                draft = try LearnerDraft(
                    iin: learner.iin, lastName: merged(.lastName, learner.lastName), firstName: merged(.firstName, learner.firstName),
                    middleName: merged(.middleName, learner.middleName), email: merged(.email, learner.email),
                    institution: merged(.institution, institution), faculty: merged(.faculty, learner.faculty),
                    studyGroup: merged(.group, learner.studyGroup), locale: merged(.language, learner.locale),
                    studentNumber: merged(.studentNumber, learner.studentNumber))
            } catch {
                throw EnrollmentError.invalidField(error)
            }
            var changes: [LearnerChange] = []
            func compare(_ field: LearnerEdit.Field, _ old: String?, _ new: String?) {
                if old != new { changes.append(LearnerChange(field: field, old: old, new: new)) }
            }
            compare(.lastName, learner.lastName, draft.lastName)
            compare(.firstName, learner.firstName, draft.firstName)
            compare(.middleName, learner.middleName, draft.middleName)
            compare(.email, learner.email, draft.email)
            if institution.map(LearnerFields.key) != draft.institution.map(LearnerFields.key) {
                changes.append(LearnerChange(field: .institution, old: institution, new: draft.institution))
                learner.institutionId = try draft.institution.map { try Institution.findOrCreate(db, name: $0, now: stamp).id! }
            }
            compare(.faculty, learner.faculty, draft.faculty)
            compare(.group, learner.studyGroup, draft.studyGroup)
            compare(.language, learner.locale, draft.locale ?? learner.locale)
            compare(.studentNumber, learner.studentNumber, draft.studentNumber)
            if !changes.isEmpty {
                learner.lastName = draft.lastName
                learner.firstName = draft.firstName
                learner.middleName = draft.middleName
                learner.email = draft.email
                learner.faculty = draft.faculty
                learner.studyGroup = draft.studyGroup
                learner.locale = draft.locale ?? learner.locale
                learner.studentNumber = draft.studentNumber
                learner.updatedAt = stamp
                try learner.update(db)
            }
            if edit.values[.cohort] != nil || edit.cleared.contains(.cohort) {
                if let change = try changeCohort(db, learner: learner, edit: edit, stamp: stamp) { changes.append(change) }
            }
            if !changes.isEmpty {
                try AuditEntry.record(db, action: "learner.edit", subject: learner.iin,
                                      detail: "changed " + changes.map(\.field.rawValue).joined(separator: ", ") + (edit.course.map { " (course \($0))" } ?? ""))
            }
            return EditedLearner(learner: try profile(db, learner), changes: changes)
        }
    }

    /// Sets or clears the cohort of the learner's enrollment in `edit.course`: a cohort belongs
    /// to the learner's university.
    private func changeCohort(_ db: Database, learner: Learner, edit: LearnerEdit, stamp: String) throws -> LearnerChange? {
        guard let course = edit.course else { throw EnrollmentError.cohortNeedsCourse(iin: learner.iin) }
        guard var enrollment = try CourseEnrollment.find(db, learnerId: learner.id!, courseId: course) else {
            throw EnrollmentError.notEnrolled(iin: learner.iin, course: course)
        }
        let old = try enrollment.cohortId.flatMap { try String.fetchOne(db, sql: "SELECT name FROM cohort WHERE id = ?", arguments: [$0]) }
        var cohortId: Int64?
        var new: String?
        if let name = edit.values[.cohort], !edit.cleared.contains(.cohort) {
            let normalized: String?
            do throws(FieldProblem) {
                normalized = try LearnerFields.text(name, field: "cohort", limit: 100)
            } catch {
                throw EnrollmentError.invalidField(error)
            }
            guard let normalized else { throw EnrollmentError.invalidField(.missing(field: "cohort")) }
            guard let institutionId = learner.institutionId else { throw EnrollmentError.cohortNeedsInstitution(iin: learner.iin) }
            let cohort = try Cohort.findOrCreate(db, institutionId: institutionId, name: normalized, now: stamp)
            (cohortId, new) = (cohort.id, cohort.name)
        }
        guard cohortId != enrollment.cohortId else { return nil }
        enrollment.cohortId = cohortId
        enrollment.updatedAt = stamp
        try enrollment.update(db)
        return LearnerChange(field: .cohort, old: old, new: new)
    }
}
