import Enrollment
import GRDB
import SanaStore

/// A learner's best passed attempt in a course version that has no certificate yet.
package struct EligibleAttempt: Sendable, Equatable, FetchableRecord {
    package let attemptID: Int64
    package let learnerID: Int64
    package let courseVersionID: Int64
    package let score: Double
    package let lang: String
    package let submittedAt: String
    package let iin: String
    package let fullName: String
    package let subjectUUID: String
    package let courseID: String
    package let version: Int
    package let definition: String

    package init(row: Row) {
        attemptID = row["attempt_id"]
        learnerID = row["learner_id"]
        courseVersionID = row["course_version_id"]
        score = row["score"]
        lang = row["lang"]
        submittedAt = row["submitted_at"]
        iin = row["iin"]
        fullName = Learner.fullName(row["last_name"], row["first_name"], row["middle_name"])
        subjectUUID = row["subject_uuid"]
        courseID = row["course_id"]
        version = row["version"]
        definition = row["definition"]
    }

    init(
        attemptID: Int64, learnerID: Int64, courseVersionID: Int64, score: Double, lang: String, submittedAt: String,
        iin: String, fullName: String, subjectUUID: String, courseID: String, version: Int, definition: String
    ) {
        self.attemptID = attemptID
        self.learnerID = learnerID
        self.courseVersionID = courseVersionID
        self.score = score
        self.lang = lang
        self.submittedAt = submittedAt
        self.iin = iin
        self.fullName = fullName
        self.subjectUUID = subjectUUID
        self.courseID = courseID
        self.version = version
        self.definition = definition
    }

    /// Best passed attempt per learner and course version (highest score, then earliest), for one
    /// course and optionally one learner, skipping pairs that already have a certificate. Read with
    /// a raw statement: a bulk run reads every learner who passed, and the course version's columns
    /// are read once per version, not once per row.
    package static func fetchAll(_ db: Database, course: String, learnerID: Int64?) throws -> [EligibleAttempt] {
        var sql = """
            SELECT a.id, a.learner_id, a.course_version_id, a.score, a.lang, a.submitted_at,
                   l.iin, l.last_name, l.first_name, l.middle_name, l.subject_uuid
            FROM attempt a
            JOIN course_version cv ON cv.id = a.course_version_id
            JOIN learner l ON l.id = a.learner_id
            WHERE cv.course_id = ?1 AND a.submitted_at IS NOT NULL AND a.passed = 1 AND a.score IS NOT NULL AND a.voided_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.learner_id = a.learner_id AND c.course_version_id = a.course_version_id)
            """
        if learnerID != nil {
            sql += " AND a.learner_id = ?2"
        }
        sql += " ORDER BY a.learner_id, a.course_version_id, a.score DESC, a.submitted_at, a.id"
        var versions: [Int64: (courseID: String, version: Int, definition: String)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, course_id, version, definition FROM course_version WHERE course_id = ?", arguments: [course]) {
            versions[row["id"]] = (row["course_id"], row["version"], row["definition"])
        }
        let statement = try db.makeStatement(sql: sql)
        try statement.bind(1, course)
        if let learnerID { try statement.bind(2, learnerID) }
        var out: [EligibleAttempt] = []
        var last: (Int64, Int64)?
        while try statement.step() {
            let learner = statement.int64(1) ?? 0
            let courseVersion = statement.int64(2) ?? 0
            if let last, last == (learner, courseVersion) { continue }
            last = (learner, courseVersion)
            guard let version = versions[courseVersion] else { continue }
            // The name the certificate carries: a single-name learner's marker first name left out.
            let fullName = Learner.fullName(statement.text(7) ?? "", statement.text(8) ?? "", statement.text(9))
            out.append(EligibleAttempt(
                attemptID: statement.int64(0) ?? 0, learnerID: learner, courseVersionID: courseVersion,
                score: statement.double(3) ?? 0, lang: statement.text(4) ?? "", submittedAt: statement.text(5) ?? "",
                iin: statement.text(6) ?? "", fullName: fullName,
                subjectUUID: statement.text(10) ?? "", courseID: version.courseID, version: version.version,
                definition: version.definition
            ))
        }
        return out
    }
}
