import Courses
import GRDB
import SanaStore

/// Per institution: learners enrolled in a course, how many sat its exam, how many passed.
package struct CompletionReport: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    /// One row per institution (by name; learners without one last), for one course or all.
    package func rows(course: String? = nil) throws -> [CompletionRow] {
        try store.read { db in
            if let course, try Bool.fetchOne(db, sql: "SELECT 1 FROM course WHERE id = ?", arguments: [course]) != true {
                throw CoursesError.courseNotFound(course)
            }
            return try Row.fetchAll(db, sql: """
                SELECT i.name AS institution, count(*) AS enrolled,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM attempt a JOIN course_version v ON v.id = a.course_version_id
                           WHERE a.learner_id = e.learner_id AND v.course_id = e.course_id AND a.submitted_at IS NOT NULL AND a.voided_at IS NULL)) AS attempted,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM attempt a JOIN course_version v ON v.id = a.course_version_id
                           WHERE a.learner_id = e.learner_id AND v.course_id = e.course_id AND a.passed = 1 AND a.voided_at IS NULL)) AS passed
                FROM enrollment e JOIN learner l ON l.id = e.learner_id LEFT JOIN institution i ON i.id = l.institution_id
                WHERE e.status <> 'withdrawn' AND (?1 IS NULL OR e.course_id = ?1)
                GROUP BY l.institution_id ORDER BY i.name IS NULL, i.name
                """, arguments: [course]).map { row in
                CompletionRow(institution: row["institution"], enrolled: row["enrolled"], attempted: row["attempted"], passed: row["passed"])
            }
        }
    }
}
