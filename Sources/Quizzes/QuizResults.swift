import Courses
import Enrollment
import GRDB
import SanaStore

/// Exam results per learner for one course (all its versions), optionally one institution's.
package struct QuizResults: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    /// Learners with at least one attempt, ordered by name; the counted score follows the
    /// current version's grading method.
    package func results(course: String, institution: String? = nil) throws -> [LearnerResult] {
        try store.read { db in
            guard let version = try CourseVersion.current(db, course: course) else { throw CoursesError.courseNotFound(course) }
            let policy = AttemptPolicy(exam: version.definition.exam)
            var sql = """
                SELECT l.iin, l.last_name, l.first_name, l.middle_name, l.student_number, i.name AS institution,
                       a.\(Attempt.columns.replacingOccurrences(of: ", ", with: ", a."))
                FROM attempt a JOIN learner l ON l.id = a.learner_id LEFT JOIN institution i ON i.id = l.institution_id
                WHERE a.course_version_id IN (SELECT id FROM course_version WHERE course_id = ?) AND a.voided_at IS NULL
                """
            var arguments: StatementArguments = [course]
            if let institution {
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM institution WHERE name_key = ?", arguments: [LearnerFields.key(institution)]) else {
                    throw try Institution.notFound(db, institution)
                }
                sql += " AND l.institution_id = ?"
                arguments += [id]
            }
            sql += " ORDER BY l.last_name, l.first_name, l.iin, a.id"
            var results: [LearnerResult] = []
            var current: (row: Row, attempts: [Attempt])?
            func flush() {
                guard let (row, attempts) = current else { return }
                let submitted = attempts.filter { !$0.isOpen }
                let counted = policy.counted(submitted)
                let name = Learner.fullName(row["last_name"], row["first_name"], row["middle_name"])
                let status: LearnerResult.Status = counted == nil ? .inProgress : (counted?.passed == true ? .passed : .failed)
                results.append(LearnerResult(
                    iin: row["iin"], name: name, institution: row["institution"], attempts: submitted.count, score: counted?.score,
                    status: status, everPassed: submitted.contains { $0.passed == true }, lastSubmittedAt: submitted.compactMap(\.submittedAt).max(),
                    studentNumber: row["student_number"]))
            }
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try cursor.next() {
                let attempt = try Attempt.decode(row)
                if let (first, _) = current, (first["iin"] as String) == (row["iin"] as String) {
                    current!.attempts.append(attempt)
                } else {
                    flush()
                    current = (row.copy(), [attempt])
                }
            }
            flush()
            return results
        }
    }
}
