import Courses
import Enrollment
import GRDB
import SanaStore

/// Practice per learner for one course (all its versions), beside their best exam score.
package struct PracticeResults: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    /// Learners who have practised or submitted an exam attempt at `course`, ordered by name.
    package func standings(course: String) throws -> [PracticeStanding] {
        try store.read { db in
            guard try CourseVersion.current(db, course: course) != nil else { throw CoursesError.courseNotFound(course) }
            return try Row.fetchAll(db, sql: """
                WITH versions AS (SELECT id FROM course_version WHERE course_id = :course),
                practice AS (
                    SELECT learner_id, count(*) AS answered, count(DISTINCT qid) AS questions, avg(credit) AS mean
                    FROM practice_answer WHERE course_version_id IN versions GROUP BY learner_id),
                exam AS (
                    SELECT learner_id, count(*) AS attempts, max(score) AS best
                    FROM attempt WHERE submitted_at IS NOT NULL AND voided_at IS NULL AND course_version_id IN versions GROUP BY learner_id)
                SELECT l.iin, l.last_name, l.first_name, l.middle_name, i.name AS institution,
                       p.answered, p.questions, p.mean, e.attempts, e.best
                FROM learner l
                LEFT JOIN practice p ON p.learner_id = l.id
                LEFT JOIN exam e ON e.learner_id = l.id
                LEFT JOIN institution i ON i.id = l.institution_id
                WHERE p.learner_id IS NOT NULL OR e.learner_id IS NOT NULL
                ORDER BY l.last_name, l.first_name, l.iin
                """, arguments: ["course": course]).map { row in
                let name = Learner.fullName(row["last_name"], row["first_name"], row["middle_name"])
                return PracticeStanding(
                    iin: row["iin"], name: name, institution: row["institution"],
                    practiceAnswered: row["answered"] ?? 0, practiceQuestions: row["questions"] ?? 0, practiceMeanCredit: row["mean"],
                    examAttempts: row["attempts"] ?? 0, bestExamScore: row["best"])
            }
        }
    }
}
