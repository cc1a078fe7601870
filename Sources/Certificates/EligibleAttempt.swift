import GRDB

/// A learner's best passed attempt in a course version that has no certificate yet.
public struct EligibleAttempt: Sendable, Equatable, FetchableRecord {
    public let attemptID: Int64
    public let learnerID: Int64
    public let courseVersionID: Int64
    public let score: Double
    public let lang: String
    public let submittedAt: String
    public let iin: String
    public let fullName: String
    public let subjectUUID: String
    public let courseID: String
    public let version: Int
    public let definition: String

    public init(row: Row) {
        attemptID = row["attempt_id"]
        learnerID = row["learner_id"]
        courseVersionID = row["course_version_id"]
        score = row["score"]
        lang = row["lang"]
        submittedAt = row["submitted_at"]
        iin = row["iin"]
        let parts: [String?] = [row["last_name"], row["first_name"], row["middle_name"]]
        fullName = parts.compactMap { $0 }.joined(separator: " ")
        subjectUUID = row["subject_uuid"]
        courseID = row["course_id"]
        version = row["version"]
        definition = row["definition"]
    }

    /// Best passed attempt per learner and course version (highest score, then earliest), for one
    /// course and optionally one learner, skipping pairs that already have a certificate.
    public static func fetchAll(_ db: Database, course: String, learnerID: Int64?) throws -> [EligibleAttempt] {
        var sql = """
            SELECT a.id AS attempt_id, a.learner_id, a.course_version_id, a.score, a.lang, a.submitted_at,
                   l.iin, l.last_name, l.first_name, l.middle_name, l.subject_uuid,
                   cv.course_id, cv.version, cv.definition
            FROM attempt a
            JOIN course_version cv ON cv.id = a.course_version_id
            JOIN learner l ON l.id = a.learner_id
            WHERE cv.course_id = ? AND a.submitted_at IS NOT NULL AND a.passed = 1 AND a.score IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.learner_id = a.learner_id AND c.course_version_id = a.course_version_id)
            """
        var arguments: StatementArguments = [course]
        if let learnerID {
            sql += " AND a.learner_id = ?"
            arguments += [learnerID]
        }
        sql += " ORDER BY a.learner_id, a.course_version_id, a.score DESC, a.submitted_at, a.id"
        var out: [EligibleAttempt] = []
        var last: (Int64, Int64)?
        for attempt in try EligibleAttempt.fetchAll(db, sql: sql, arguments: arguments) {
            if let last, last == (attempt.learnerID, attempt.courseVersionID) { continue }
            last = (attempt.learnerID, attempt.courseVersionID)
            out.append(attempt)
        }
        return out
    }
}
