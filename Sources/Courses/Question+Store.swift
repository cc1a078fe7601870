import Foundation
import GRDB

extension Question {
    /// The questions of a course version in one language, optionally of one pool, in the order
    /// they were imported (pools in exam order, questions in file order).
    package static func all(_ db: Database, versionId: Int64, language: Language, pool: String? = nil) throws -> [Question] {
        var sql = "SELECT id, pool, qid, lang, text, answer_key, feedback FROM question WHERE course_version_id = ? AND lang = ?"
        var arguments: StatementArguments = [versionId, language.rawValue]
        if let pool {
            sql += " AND pool = ?"
            arguments += [pool]
        }
        return try Row.fetchAll(db, sql: sql + " ORDER BY id", arguments: arguments).map(decode)
    }

    /// The questions of these ids in one language (an exam's draw, say, not the whole bank).
    package static func some(_ db: Database, versionId: Int64, ids: [String], language: Language) throws -> [Question] {
        let list = String(decoding: try JSONEncoder().encode(ids), as: UTF8.self)
        return try Row.fetchAll(db, sql: """
            SELECT id, pool, qid, lang, text, answer_key, feedback FROM question
            WHERE course_version_id = ? AND lang = ? AND qid IN (SELECT value FROM json_each(?)) ORDER BY id
            """, arguments: [versionId, language.rawValue, list]).map(decode)
    }

    /// One question by its id in one language.
    package static func find(_ db: Database, versionId: Int64, id: String, language: Language) throws -> Question? {
        try Row.fetchOne(db, sql: """
            SELECT id, pool, qid, lang, text, answer_key, feedback FROM question
            WHERE course_version_id = ? AND qid = ? AND lang = ?
            """, arguments: [versionId, id, language.rawValue]).map(decode)
    }

    /// How many questions each pool of a version has, in one language.
    package static func poolSizes(_ db: Database, versionId: Int64, language: Language) throws -> [String: Int] {
        var sizes: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT pool, count(*) AS n FROM question WHERE course_version_id = ? AND lang = ? GROUP BY pool", arguments: [versionId, language.rawValue]) {
            sizes[row["pool"]] = row["n"]
        }
        return sizes
    }

    /// A row with `id, pool, qid, lang, text, answer_key, feedback`, from `table`.
    static func decode(_ row: Row, table: String) throws -> Question {
        let json: String = row["answer_key"]
        let key: AnswerKey
        do {
            key = try JSONDecoder().decode(AnswerKey.self, from: Data(json.utf8))
        } catch {
            let rowId: Int64 = row["id"]
            throw CoursesError.corruptRecord(table: table, id: String(rowId), reason: "its answer key is not valid (\(error))")
        }
        return Question(id: row["qid"], pool: row["pool"], language: Language(rawValue: row["lang"]) ?? .kk, text: row["text"], answer: key, generalFeedback: row["feedback"])
    }

    private static func decode(_ row: Row) throws -> Question {
        try decode(row, table: "question")
    }

    /// The options (for matching: prompts and answers) and the answer key as stored, JSON.
    func storedJSON() throws -> (options: String, key: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let options: String
        if case .matching = answer {
            options = String(decoding: try encoder.encode(["prompts": matchingPrompts, "answers": self.options]), as: UTF8.self)
        } else {
            options = String(decoding: try encoder.encode(self.options), as: UTF8.self)
        }
        return (options, String(decoding: try encoder.encode(answer), as: UTF8.self))
    }

    func insert(_ db: Database, versionId: Int64) throws {
        let (options, key) = try storedJSON()
        try db.execute(sql: """
            INSERT INTO question (course_version_id, pool, qid, lang, type, text, options, answer_key, feedback)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [versionId, pool, id, language.rawValue, type.rawValue, text, options, key, generalFeedback])
    }
}
