import Enrollment
import Foundation
import GRDB

/// Reads, by name, what one batch did (for `roster history BATCH`) and what reverting it does.
/// Created rows are not listed in import_change (an import into an empty store would double its
/// writes): they are the rows stamped with the batch's start, found through `batch_id`, or through
/// a later batch that recorded this one as their previous writer.
struct BatchChanges {
    let db: Database
    let batch: ImportBatch
    private let decoder = JSONDecoder()

    init(_ db: Database, batch: ImportBatch) {
        self.db = db
        self.batch = batch
    }

    private var id: Int64 { batch.id ?? 0 }

    /// Everything the batch did: learners created, enrollments created, then each recorded change.
    func done() throws -> [LearnerChange] {
        let arguments: StatementArguments = ["b": id, "t": batch.startedAt]
        let created = Set(try Int64.fetchAll(db, sql: """
            SELECT l.id FROM learner l WHERE l.created_at = :t AND (l.batch_id = :b OR l.id IN (
                SELECT learner_id FROM import_change WHERE batch_id > :b AND json_extract(before, '$.batch_id') = :b))
            """, arguments: arguments))
        var changes: [LearnerChange] = []
        var named: Set<Int64> = []
        let enrollments = try Row.fetchAll(db, sql: """
            SELECT e.learner_id, e.course_id, l.iin, l.last_name, l.first_name, l.middle_name
            FROM enrollment e JOIN learner l ON l.id = e.learner_id
            WHERE e.enrolled_at = :t AND (e.batch_id = :b OR e.id IN (
                SELECT enrollment_id FROM import_change WHERE batch_id > :b AND json_extract(before, '$.batch_id') = :b))
            ORDER BY e.id
            """, arguments: arguments)
        for row in enrollments {
            let learnerId: Int64 = row["learner_id"]
            let kind: LearnerChange.Kind = created.contains(learnerId) && !named.contains(learnerId) ? .created : .enrolled
            named.insert(learnerId)
            changes.append(LearnerChange(
                kind: kind, iin: row["iin"], lastName: row["last_name"], firstName: row["first_name"], middleName: row["middle_name"],
                course: row["course_id"]))
        }
        let recorded = try Row.fetchAll(db, sql: """
            SELECT c.id, c.kind, c.learner_id, c.enrollment_id, c.before, c.after, e.course_id
            FROM import_change c LEFT JOIN enrollment e ON e.id = c.enrollment_id
            WHERE c.batch_id = ? ORDER BY c.id
            """, arguments: [id])
        for row in recorded {
            let learnerId: Int64 = row["learner_id"]
            guard let learner = try learnerNow(learnerId) else { continue }
            let after: String? = row["after"]
            switch row["kind"] as String {
            case "learner_updated":
                let before = try decoder.decode(LearnerSnapshot.self, from: Data((row["before"] as String? ?? "{}").utf8))
                let afterSnapshot = try after.map { try decoder.decode(LearnerSnapshot.self, from: Data($0.utf8)) }
                    ?? laterLearner(learnerId, after: row["id"]) ?? learner
                changes.append(LearnerChange(
                    kind: .updated, iin: try iin(learnerId), lastName: afterSnapshot.lastName, firstName: afterSnapshot.firstName,
                    middleName: afterSnapshot.middleName,
                    changes: try LearnerChanges.fields(from: before, to: afterSnapshot, institution: institutionName)))
            case "enrollment_updated":
                guard let course: String = row["course_id"] else { continue }
                let before = try decoder.decode(EnrollmentSnapshot.self, from: Data((row["before"] as String? ?? "{}").utf8))
                let afterSnapshot = try after.map { try decoder.decode(EnrollmentSnapshot.self, from: Data($0.utf8)) }
                    ?? enrollmentNow(row["enrollment_id"])
                guard let afterSnapshot else { continue }
                let fields = try enrollmentFields(from: before, to: afterSnapshot)
                let kind: LearnerChange.Kind = afterSnapshot.status == "withdrawn" && before.status != "withdrawn" ? .withdrawn
                    : before.status == "withdrawn" && afterSnapshot.status != "withdrawn" ? .enrolled : .moved
                changes.append(LearnerChange(
                    kind: kind, iin: try iin(learnerId), lastName: learner.lastName, firstName: learner.firstName,
                    middleName: learner.middleName, course: course, changes: fields))
            default:
                break
            }
        }
        return changes
    }

    /// What reverting the batch does, with the store as it is now (a revert runs only when nothing
    /// later touched the batch's rows): its learners removed, their values and enrollments put back.
    func undone() throws -> [LearnerChange] {
        let arguments: StatementArguments = ["b": id, "t": batch.startedAt]
        var changes: [LearnerChange] = []
        let removed = try Row.fetchAll(db, sql: """
            SELECT id, iin, last_name, first_name, middle_name FROM learner WHERE batch_id = :b AND created_at = :t ORDER BY id
            """, arguments: arguments)
        for row in removed {
            changes.append(LearnerChange(
                kind: .removed, iin: row["iin"], lastName: row["last_name"], firstName: row["first_name"], middleName: row["middle_name"]))
        }
        let unenrolled = try Row.fetchAll(db, sql: """
            SELECT l.iin, l.last_name, l.first_name, l.middle_name, e.course_id
            FROM enrollment e JOIN learner l ON l.id = e.learner_id
            WHERE e.batch_id = :b AND e.enrolled_at = :t AND NOT (l.batch_id = :b AND l.created_at = :t)
            ORDER BY e.id
            """, arguments: arguments)
        for row in unenrolled {
            changes.append(LearnerChange(
                kind: .unenrolled, iin: row["iin"], lastName: row["last_name"], firstName: row["first_name"],
                middleName: row["middle_name"], course: row["course_id"]))
        }
        let recorded = try Row.fetchAll(db, sql: """
            SELECT c.kind, c.learner_id, c.enrollment_id, c.before, e.course_id
            FROM import_change c LEFT JOIN enrollment e ON e.id = c.enrollment_id
            WHERE c.batch_id = ? ORDER BY c.id
            """, arguments: [id])
        for row in recorded {
            let learnerId: Int64 = row["learner_id"]
            guard let now = try learnerNow(learnerId) else { continue }
            let before = Data((row["before"] as String? ?? "{}").utf8)
            switch row["kind"] as String {
            case "learner_updated":
                let then = try decoder.decode(LearnerSnapshot.self, from: before)
                changes.append(LearnerChange(
                    kind: .restored, iin: try iin(learnerId), lastName: then.lastName, firstName: then.firstName, middleName: then.middleName,
                    changes: try LearnerChanges.fields(from: now, to: then, institution: institutionName)))
            case "enrollment_updated":
                guard let course: String = row["course_id"], let current = try enrollmentNow(row["enrollment_id"]) else { continue }
                let then = try decoder.decode(EnrollmentSnapshot.self, from: before)
                changes.append(LearnerChange(
                    kind: .reinstated, iin: try iin(learnerId), lastName: now.lastName, firstName: now.firstName, middleName: now.middleName,
                    course: course, changes: try enrollmentFields(from: current, to: then)))
            default:
                break
            }
        }
        return changes
    }

    private func enrollmentFields(from before: EnrollmentSnapshot, to after: EnrollmentSnapshot) throws -> [FieldChange] {
        var fields: [FieldChange] = []
        if before.status != after.status { fields.append(FieldChange(field: "status", before: before.status, after: after.status)) }
        if before.cohortId != after.cohortId {
            fields.append(FieldChange(field: "cohort", before: try cohortName(before.cohortId), after: try cohortName(after.cohortId)))
        }
        return fields
    }

    private func iin(_ learnerId: Int64) throws -> String {
        try String.fetchOne(db, sql: "SELECT iin FROM learner WHERE id = ?", arguments: [learnerId]) ?? "?"
    }

    /// The learner's changeable columns as stored now.
    private func learnerNow(_ learnerId: Int64) throws -> LearnerSnapshot? {
        guard let json = try String.fetchOne(db, sql: """
            SELECT json_object('last_name', last_name, 'first_name', first_name, 'middle_name', middle_name, 'email', email,
                               'institution_id', institution_id, 'faculty', faculty, 'study_group', study_group,
                               'locale', locale, 'updated_at', updated_at, 'batch_id', batch_id, 'student_number', student_number)
            FROM learner WHERE id = ?
            """, arguments: [learnerId]) else { return nil }
        return try decoder.decode(LearnerSnapshot.self, from: Data(json.utf8))
    }

    /// For a change recorded without `after` (before migration 0011): the next batch's `before`.
    private func laterLearner(_ learnerId: Int64, after changeId: Int64) throws -> LearnerSnapshot? {
        guard let json = try String.fetchOne(db, sql: """
            SELECT before FROM import_change WHERE learner_id = ? AND kind = 'learner_updated' AND id > ? ORDER BY id LIMIT 1
            """, arguments: [learnerId, changeId]) else { return nil }
        return try decoder.decode(LearnerSnapshot.self, from: Data(json.utf8))
    }

    private func enrollmentNow(_ enrollmentId: Int64?) throws -> EnrollmentSnapshot? {
        guard let enrollmentId, let json = try String.fetchOne(db, sql: """
            SELECT json_object('cohort_id', cohort_id, 'status', status, 'withdrawn_at', withdrawn_at, 'updated_at', updated_at,
                               'batch_id', batch_id)
            FROM enrollment WHERE id = ?
            """, arguments: [enrollmentId]) else { return nil }
        return try decoder.decode(EnrollmentSnapshot.self, from: Data(json.utf8))
    }

    private func institutionName(_ id: Int64?) throws -> String? {
        guard let id else { return nil }
        return try String.fetchOne(db, sql: "SELECT name FROM institution WHERE id = ?", arguments: [id])
    }

    private func cohortName(_ id: Int64?) throws -> String? {
        guard let id else { return nil }
        return try String.fetchOne(db, sql: "SELECT name FROM cohort WHERE id = ?", arguments: [id])
    }
}
