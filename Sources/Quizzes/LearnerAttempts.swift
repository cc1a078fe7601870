import GRDB
import SanaStore

/// A learner's exam attempts and practice answers, for personal-data requests and merges, inside
/// the caller's transaction.
package enum LearnerAttempts {
    package struct AnswerRecord: Codable, Sendable, Equatable {
        package var position: Int
        package var question: String
        package var flagged: Bool
        package var credit: Double?
        /// The learner's response as stored (JSON), nil when the question was not answered.
        package var response: String?
        package var answeredAt: String?
    }

    package struct AttemptRecord: Codable, Sendable, Equatable {
        package var id: Int64
        package var course: String
        package var version: Int
        package var quiz: String
        package var lang: String
        package var startedAt: String
        package var deadline: String
        package var submittedAt: String?
        package var submittedBy: String?
        package var score: Double?
        package var passed: Bool?
        package var items: [AnswerRecord]
    }

    package struct PracticeRecord: Codable, Sendable, Equatable {
        package var course: String
        package var version: Int
        package var question: String
        package var lang: String
        package var response: String
        package var credit: Double
        package var answeredAt: String
    }

    package static func attempts(_ db: Database, learnerId: Int64) throws -> [AttemptRecord] {
        try Row.fetchAll(db, sql: """
            SELECT a.id, v.course_id, v.version, a.quiz, a.lang, a.started_at, a.deadline, a.submitted_at, a.submitted_by, a.score, a.passed
            FROM attempt a JOIN course_version v ON v.id = a.course_version_id WHERE a.learner_id = ? ORDER BY a.started_at, a.id
            """, arguments: [learnerId]).map { row in
            let id: Int64 = row["id"]
            let items = try Row.fetchAll(db, sql: """
                SELECT i.position, i.qid, i.flagged, i.credit, n.response, n.answered_at
                FROM attempt_item i LEFT JOIN answer n ON n.attempt_id = i.attempt_id AND n.qid = i.qid
                WHERE i.attempt_id = ? ORDER BY i.position
                """, arguments: [id]).map {
                AnswerRecord(position: $0["position"], question: $0["qid"], flagged: $0["flagged"], credit: $0["credit"],
                             response: $0["response"], answeredAt: $0["answered_at"])
            }
            return AttemptRecord(
                id: id, course: row["course_id"], version: row["version"], quiz: row["quiz"], lang: row["lang"], startedAt: row["started_at"],
                deadline: row["deadline"], submittedAt: row["submitted_at"], submittedBy: row["submitted_by"], score: row["score"],
                passed: (row["passed"] as Int?).map { $0 == 1 }, items: items)
        }
    }

    package static func practice(_ db: Database, learnerId: Int64) throws -> [PracticeRecord] {
        try Row.fetchAll(db, sql: """
            SELECT v.course_id, v.version, p.qid, p.lang, p.response, p.credit, p.answered_at
            FROM practice_answer p JOIN course_version v ON v.id = p.course_version_id WHERE p.learner_id = ? ORDER BY p.id
            """, arguments: [learnerId]).map {
            PracticeRecord(course: $0["course_id"], version: $0["version"], question: $0["qid"], lang: $0["lang"],
                           response: $0["response"], credit: $0["credit"], answeredAt: $0["answered_at"])
        }
    }

    /// A course version in which both learners have an exam in progress (at most one open attempt
    /// per learner and version: a merge cannot combine them), or nil.
    package static func bothOpen(_ db: Database, _ first: Int64, _ second: Int64) throws -> (course: String, version: Int)? {
        try Row.fetchOne(db, sql: """
            SELECT v.course_id, v.version FROM attempt a JOIN attempt b ON b.course_version_id = a.course_version_id AND b.quiz = a.quiz
            JOIN course_version v ON v.id = a.course_version_id
            WHERE a.learner_id = ? AND b.learner_id = ? AND a.submitted_at IS NULL AND b.submitted_at IS NULL
            ORDER BY v.course_id, v.version LIMIT 1
            """, arguments: [first, second]).map { ($0["course_id"], $0["version"]) }
    }

    /// How many attempts and practice answers a learner has.
    package static func counts(_ db: Database, learnerId: Int64) throws -> (attempts: Int, practice: Int) {
        (try Int.fetchOne(db, sql: "SELECT count(*) FROM attempt WHERE learner_id = ?", arguments: [learnerId]) ?? 0,
         try Int.fetchOne(db, sql: "SELECT count(*) FROM practice_answer WHERE learner_id = ?", arguments: [learnerId]) ?? 0)
    }

    /// Moves a learner's attempts and practice answers to another learner (a merge).
    package static func reassign(_ db: Database, from: Int64, to: Int64) throws -> (attempts: Int, practice: Int) {
        try db.execute(sql: "UPDATE attempt SET learner_id = ? WHERE learner_id = ?", arguments: [to, from])
        let attempts = db.changesCount
        try db.execute(sql: "UPDATE practice_answer SET learner_id = ? WHERE learner_id = ?", arguments: [to, from])
        return (attempts, db.changesCount)
    }

    /// What an erasure removed and kept.
    package struct Erasure: Codable, Sendable, Equatable {
        /// Exam answers deleted (the learner's own words and choices).
        package var answersDeleted: Int
        /// Attempts in progress deleted, with their questions.
        package var openAttemptsDeleted: Int
        /// Submitted attempts kept, pseudonymous: score, dates and per-question credit, for item
        /// statistics and for the certificates issued from them.
        package var attemptsKept: Int
        package var practiceDeleted: Int
    }

    /// Erases what a learner wrote: every exam answer, every practice answer, and attempts still in
    /// progress. Submitted attempts stay (score, dates and per-question credit only), tied to the
    /// pseudonymous learner row: item statistics and revoked certificates need them.
    package static func erase(_ db: Database, learnerId: Int64) throws -> Erasure {
        try db.execute(sql: "DELETE FROM answer WHERE attempt_id IN (SELECT id FROM attempt WHERE learner_id = ?)", arguments: [learnerId])
        let answers = db.changesCount
        try db.execute(sql: """
            DELETE FROM attempt_item WHERE attempt_id IN (SELECT id FROM attempt WHERE learner_id = ? AND submitted_at IS NULL)
            """, arguments: [learnerId])
        try db.execute(sql: "DELETE FROM attempt WHERE learner_id = ? AND submitted_at IS NULL", arguments: [learnerId])
        let open = db.changesCount
        try db.execute(sql: "UPDATE attempt SET session = NULL WHERE learner_id = ?", arguments: [learnerId])
        let kept = db.changesCount
        try db.execute(sql: "DELETE FROM practice_answer WHERE learner_id = ?", arguments: [learnerId])
        return Erasure(answersDeleted: answers, openAttemptsDeleted: open, attemptsKept: kept, practiceDeleted: db.changesCount)
    }
}
