import GRDB

extension Lesson {
    /// The lessons of a course version in one language, in course order.
    package static func all(_ db: Database, versionId: Int64, language: Language) throws -> [Lesson] {
        try Row.fetchAll(db, sql: """
            SELECT position, slug, lang, title, body FROM lesson
            WHERE course_version_id = ? AND lang = ? ORDER BY position
            """, arguments: [versionId, language.rawValue]).map(decode)
    }

    package static func find(_ db: Database, versionId: Int64, position: Int, language: Language) throws -> Lesson? {
        try Row.fetchOne(db, sql: """
            SELECT position, slug, lang, title, body FROM lesson
            WHERE course_version_id = ? AND position = ? AND lang = ?
            """, arguments: [versionId, position, language.rawValue]).map(decode)
    }

    private static func decode(_ row: Row) -> Lesson {
        Lesson(position: row["position"], slug: row["slug"], language: Language(rawValue: row["lang"]) ?? .kk, title: row["title"], body: row["body"])
    }

    func insert(_ db: Database, versionId: Int64) throws {
        try db.execute(sql: """
            INSERT INTO lesson (course_version_id, position, slug, lang, title, body) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [versionId, position, slug, language.rawValue, title, body])
    }
}
