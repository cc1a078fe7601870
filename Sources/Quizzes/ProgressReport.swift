import Courses
import Enrollment
import GRDB
import SanaStore

/// `sana report progress`: every learner enrolled in a course (not withdrawn), with lessons
/// opened, attempts, best score, pass and certificate, in one query (aggregates per learner
/// joined once, not a query per learner), ordered by name.
package struct ProgressReport: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    package func rows(course: String, institution: String? = nil, cohort: String? = nil, status: ProgressRow.Status? = nil) throws -> [ProgressRow] {
        try store.read { db in
            guard let version = try CourseVersion.current(db, course: course) else { throw CoursesError.courseNotFound(course) }
            var institutionId: Int64?
            if let institution {
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM institution WHERE name_key = ?", arguments: [LearnerFields.key(institution)]) else {
                    throw EnrollmentError.unknownInstitution(institution)
                }
                institutionId = id
            }
            if let cohort, try Bool.fetchOne(db, sql: "SELECT 1 FROM cohort WHERE name = ?", arguments: [cohort]) != true {
                throw QuizzesError.unknownCohort(cohort)
            }
            let lessons = version.definition.lessons.count
            let allowed = version.definition.exam.attempts
            let statement = try db.makeStatement(sql: ProgressReport.sql)
            statement.arguments = [course, version.id, lessons, institutionId, cohort]
            var rows: [ProgressRow] = []
            let cursor = try Row.fetchCursor(statement)
            while let row = try cursor.next() {
                let opened: Int = row["opened"] ?? 0
                let attempts: Int = row["attempts"] ?? 0
                let atCurrent: Int = row["attempts_current"] ?? 0
                let open: Int = row["open"] ?? 0
                let passed = (row["passed"] as Int?) == 1
                let learnerAllowed = allowed + (row["extra_attempts"] as Int? ?? 0)
                let standing: ProgressRow.Status =
                    passed ? .passed
                    : atCurrent >= learnerAllowed && open == 0 ? .failed
                    : opened == 0 && attempts == 0 && open == 0 ? .notStarted
                    : .inProgress
                if let status, status != standing { continue }
                let name = Learner.fullName(row["last_name"], row["first_name"], row["middle_name"])
                rows.append(ProgressRow(
                    iin: row["iin"], name: name, institution: row["institution"], studentNumber: row["student_number"], cohort: row["cohort"],
                    lessonsOpened: opened, lessons: lessons, attempts: attempts, attemptsAllowed: learnerAllowed, bestScore: row["best"],
                    passed: passed, certificate: row["certificate"], status: standing))
            }
            return rows
        }
    }

    /// ?1 course, ?2 current version, ?3 lessons in it, ?4 institution id or NULL, ?5 cohort name or NULL.
    static let sql = """
        WITH versions AS (SELECT id FROM course_version WHERE course_id = ?1),
        tried AS (
            SELECT learner_id,
                   count(*) FILTER (WHERE submitted_at IS NOT NULL) AS attempts,
                   count(*) FILTER (WHERE submitted_at IS NOT NULL AND course_version_id = ?2) AS attempts_current,
                   count(*) FILTER (WHERE submitted_at IS NULL) AS open,
                   max(score) AS best, max(passed) AS passed
            FROM attempt WHERE course_version_id IN versions AND voided_at IS NULL GROUP BY learner_id),
        viewed AS (
            SELECT learner_id, count(DISTINCT position) AS opened
            FROM lesson_progress WHERE course_version_id IN versions AND position <= ?3 GROUP BY learner_id),
        certified AS (
            SELECT learner_id, id AS certificate, max(issued_at) FROM certificate WHERE course_version_id IN versions GROUP BY learner_id)
        SELECT l.iin, l.last_name, l.first_name, l.middle_name, l.student_number, i.name AS institution, c.name AS cohort,
               r.opened, t.attempts, t.attempts_current, t.open, t.best, t.passed, x.certificate, a.extra_attempts
        FROM enrollment e
        JOIN learner l ON l.id = e.learner_id
        LEFT JOIN institution i ON i.id = l.institution_id
        LEFT JOIN cohort c ON c.id = e.cohort_id
        LEFT JOIN tried t ON t.learner_id = e.learner_id
        LEFT JOIN viewed r ON r.learner_id = e.learner_id
        LEFT JOIN certified x ON x.learner_id = e.learner_id
        LEFT JOIN accommodation a ON a.learner_id = e.learner_id AND a.course_id = e.course_id
        WHERE e.course_id = ?1 AND e.status <> 'withdrawn'
          AND (?4 IS NULL OR l.institution_id = ?4) AND (?5 IS NULL OR c.name = ?5)
        ORDER BY l.last_name, l.first_name, l.iin
        """
}
