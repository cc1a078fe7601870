import Foundation
import GRDB
import SanaStore

/// A university or other organisation learners belong to.
package struct Institution: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "institution"

    package var id: Int64?
    package var name: String
    package var nameKey: String
    package var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, name
        case nameKey = "name_key"
        case createdAt = "created_at"
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The institution named `name` (compared normalized and case-folded), created when new.
    package static func findOrCreate(_ db: Database, name: String, now: String) throws -> Institution {
        let key = LearnerFields.key(name)
        if let existing = try Institution.filter(Column("name_key") == key).fetchOne(db) {
            return existing
        }
        var created = Institution(id: nil, name: LearnerFields.normalized(name), nameKey: key, createdAt: now)
        try created.insert(db)
        return created
    }

    /// Every university's name, for "did you mean ...?".
    package static func names(_ db: Database) throws -> InstitutionNames {
        InstitutionNames(try String.fetchAll(db, sql: "SELECT name FROM institution ORDER BY name_key"))
    }

    /// The university named `name` (as imports match names), or `unknownInstitution` with the closest names.
    package static func named(_ db: Database, _ name: String) throws -> Institution {
        if let found = try Institution.filter(Column("name_key") == LearnerFields.key(name)).fetchOne(db) { return found }
        throw try notFound(db, name)
    }

    /// `unknownInstitution` for `name`, with the closest names the store has.
    package static func notFound(_ db: Database, _ name: String) throws -> EnrollmentError {
        .unknownInstitution(name, suggestions: try names(db).suggestions(for: name))
    }
}
