import Courses
import Foundation
import GRDB

/// A row of `attempt`: one sitting of the exam. Open until submitted, by the learner or, past its
/// deadline, by expiry at the next contact; the deadline is fixed at the start, so the clock runs
/// on while the terminal is closed.
package struct Attempt: Codable, Sendable, Equatable {
    package enum SubmittedBy: String, Codable, Sendable {
        case learner, expiry
    }

    package var id: Int64
    package var learnerId: Int64
    package var courseVersionId: Int64
    package var quiz: String
    package var language: Language
    package var seed: Int64
    package var startedAt: String
    package var deadline: String
    package var submittedAt: String?
    package var submittedBy: SubmittedBy?
    package var score: Double?
    package var passed: Bool?

    package var isOpen: Bool { submittedAt == nil }

    /// Whether the time is up at `now` (a store timestamp).
    package func isPastDeadline(_ now: String) -> Bool {
        now >= deadline
    }

    static let columns = "id, learner_id, course_version_id, quiz, lang, seed, started_at, deadline, submitted_at, submitted_by, score, passed"

    package static func find(_ db: Database, id: Int64) throws -> Attempt? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM attempt WHERE id = ?", arguments: [id]).map(decode)
    }

    /// The learner's open attempt at any version of `course`.
    static func open(_ db: Database, learnerId: Int64, course: String) throws -> Attempt? {
        try Row.fetchOne(db, sql: """
            SELECT \(columns) FROM attempt WHERE learner_id = ? AND submitted_at IS NULL
            AND course_version_id IN (SELECT id FROM course_version WHERE course_id = ?) ORDER BY id LIMIT 1
            """, arguments: [learnerId, course]).map(decode)
    }

    /// A learner's submitted attempts at one version that count (not voided by `quiz reset`), oldest first.
    static func submitted(_ db: Database, learnerId: Int64, versionId: Int64) throws -> [Attempt] {
        try Row.fetchAll(db, sql: """
            SELECT \(columns) FROM attempt WHERE learner_id = ? AND course_version_id = ? AND submitted_at IS NOT NULL AND voided_at IS NULL ORDER BY submitted_at, id
            """, arguments: [learnerId, versionId]).map(decode)
    }

    static func decode(_ row: Row) throws -> Attempt {
        let id: Int64 = row["id"]
        guard let language = Language(rawValue: row["lang"]) else {
            throw QuizzesError.corruptRecord(table: "attempt", id: String(id), reason: "its language is not kk, ru or en")
        }
        let by: String? = row["submitted_by"]
        let passed: Int64? = row["passed"]
        return Attempt(
            id: id, learnerId: row["learner_id"], courseVersionId: row["course_version_id"], quiz: row["quiz"], language: language,
            seed: row["seed"], startedAt: row["started_at"], deadline: row["deadline"], submittedAt: row["submitted_at"],
            submittedBy: by.flatMap(SubmittedBy.init(rawValue:)), score: row["score"], passed: passed.map { $0 != 0 })
    }
}
