import GRDB

/// A named group of an institution's learners (a semester's intake, a faculty stream).
package struct Cohort: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "cohort"

    package var id: Int64?
    package var institutionId: Int64
    package var name: String
    package var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, name
        case institutionId = "institution_id"
        case createdAt = "created_at"
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    package static func findOrCreate(_ db: Database, institutionId: Int64, name: String, now: String) throws -> Cohort {
        let normalized = LearnerFields.normalized(name)
        if let existing = try Cohort.filter(Column("institution_id") == institutionId && Column("name") == normalized).fetchOne(db) {
            return existing
        }
        var created = Cohort(id: nil, institutionId: institutionId, name: normalized, createdAt: now)
        try created.insert(db)
        return created
    }
}
