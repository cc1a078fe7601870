import GRDB

extension Question {
    /// The practice questions of lesson `lesson` (its position) of a course version in one
    /// language, in file order. Their `pool` is the lesson's slug.
    package static func practice(_ db: Database, versionId: Int64, lesson: Int, language: Language) throws -> [Question] {
        try Row.fetchAll(db, sql: """
            SELECT id, slug AS pool, qid, lang, text, answer_key, feedback FROM practice_question
            WHERE course_version_id = ? AND lesson = ? AND lang = ? ORDER BY id
            """, arguments: [versionId, lesson, language.rawValue]).map { try decode($0, table: "practice_question") }
    }

    /// How many practice questions each lesson (by position) of a version has, in one language.
    package static func practiceCounts(_ db: Database, versionId: Int64, language: Language) throws -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT lesson, count(*) AS n FROM practice_question WHERE course_version_id = ? AND lang = ? GROUP BY lesson
            """, arguments: [versionId, language.rawValue]) {
            counts[row["lesson"]] = row["n"]
        }
        return counts
    }

    func insertPractice(_ db: Database, versionId: Int64, lesson: Int) throws {
        let (options, key) = try storedJSON()
        try db.execute(sql: """
            INSERT INTO practice_question (course_version_id, lesson, slug, qid, lang, type, text, options, answer_key, feedback)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [versionId, lesson, pool, id, language.rawValue, type.rawValue, text, options, key, generalFeedback])
    }
}
