import Foundation
import GRDB
import SanaStore

/// Universities one at a time: list with their learners, rename, merge two that are one
/// (a typo that became a second university). Changes are audited with the OS user.
package struct Institutions: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    /// One university and how many learners and cohorts it has.
    package struct Entry: Codable, Sendable, Equatable {
        package let id: Int64
        package let name: String
        package let learners: Int
        package let cohorts: Int
        package let createdAt: String
    }

    /// What a merge did.
    package struct Merge: Codable, Sendable, Equatable {
        package let kept: String
        package let dropped: String
        package let learnersMoved: Int
        package let cohortsMoved: Int
        package let cohortsJoined: Int
    }

    /// Every university by name.
    package func list() throws -> [Entry] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT i.id, i.name, i.created_at,
                       (SELECT count(*) FROM learner l WHERE l.institution_id = i.id) AS learners,
                       (SELECT count(*) FROM cohort c WHERE c.institution_id = i.id) AS cohorts
                FROM institution i ORDER BY i.name_key, i.id
                """).map { row in
                Entry(id: row["id"], name: row["name"], learners: row["learners"], cohorts: row["cohorts"], createdAt: row["created_at"])
            }
        }
    }

    /// Every university's name, for "did you mean ...?".
    package func names() throws -> InstitutionNames {
        try store.read { try Institution.names($0) }
    }

    /// Renames `old` (matched as imports match names) to `new`; refused when `new` names another university.
    package func rename(_ old: String, to new: String) throws -> Entry {
        let name: String
        do {
            guard let checked = try LearnerFields.text(new, field: "university", limit: 200, lettersOnly: true) else {
                throw EnrollmentError.invalidField(.missing(field: "university"))
            }
            name = checked
        } catch let problem as FieldProblem {
            throw EnrollmentError.invalidField(problem)
        }
        return try store.write { db in
            let existing = try Institution.named(db, old)
            let key = LearnerFields.key(name)
            if let other = try Institution.filter(Column("name_key") == key).fetchOne(db), other.id != existing.id {
                throw EnrollmentError.institutionExists(other.name)
            }
            try db.execute(sql: "UPDATE institution SET name = ?, name_key = ? WHERE id = ?", arguments: [name, key, existing.id])
            try AuditEntry.record(db, action: "institution.rename", subject: name, detail: "was '\(existing.name)'")
            return try entry(db, id: existing.id!)
        }
    }

    /// Moves every learner and cohort of `drop` to `keep` and removes `drop`. A cohort of `drop`
    /// with the name of one of `keep`'s is joined to it (its enrollments move there).
    package func merge(keep: String, drop: String) throws -> Merge {
        try store.write { db in
            let kept = try Institution.named(db, keep)
            let dropped = try Institution.named(db, drop)
            guard kept.id != dropped.id else { throw EnrollmentError.sameInstitution(kept.name) }
            let now = Timestamp.string(from: Date())
            var joined = 0
            for cohort in try Row.fetchAll(db, sql: "SELECT id, name FROM cohort WHERE institution_id = ?", arguments: [dropped.id]) {
                let cohortID: Int64 = cohort["id"]
                let name: String = cohort["name"]
                if let target = try Int64.fetchOne(db, sql: "SELECT id FROM cohort WHERE institution_id = ? AND name = ?", arguments: [kept.id, name]) {
                    try db.execute(sql: "UPDATE enrollment SET cohort_id = ?, updated_at = ? WHERE cohort_id = ?", arguments: [target, now, cohortID])
                    try db.execute(sql: "DELETE FROM cohort WHERE id = ?", arguments: [cohortID])
                    joined += 1
                }
            }
            try db.execute(sql: "UPDATE cohort SET institution_id = ? WHERE institution_id = ?", arguments: [kept.id, dropped.id])
            let cohortsMoved = db.changesCount
            try db.execute(sql: "UPDATE learner SET institution_id = ?, updated_at = ? WHERE institution_id = ?", arguments: [kept.id, now, dropped.id])
            let learnersMoved = db.changesCount
            try db.execute(sql: "DELETE FROM institution WHERE id = ?", arguments: [dropped.id])
            try AuditEntry.record(
                db, action: "institution.merge", subject: kept.name,
                detail: "'\(dropped.name)' merged in: \(learnersMoved) learners, \(cohortsMoved + joined) cohorts")
            return Merge(kept: kept.name, dropped: dropped.name, learnersMoved: learnersMoved, cohortsMoved: cohortsMoved, cohortsJoined: joined)
        }
    }

    private func entry(_ db: Database, id: Int64) throws -> Entry {
        let row = try Row.fetchOne(db, sql: """
            SELECT i.id, i.name, i.created_at,
                   (SELECT count(*) FROM learner l WHERE l.institution_id = i.id) AS learners,
                   (SELECT count(*) FROM cohort c WHERE c.institution_id = i.id) AS cohorts
            FROM institution i WHERE i.id = ?
            """, arguments: [id])!
        return Entry(id: row["id"], name: row["name"], learners: row["learners"], cohorts: row["cohorts"], createdAt: row["created_at"])
    }
}
