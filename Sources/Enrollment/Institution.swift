import Foundation
import GRDB
import SanaStore

/// A university or other organisation learners belong to.
public struct Institution: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "institution"

    public var id: Int64?
    public var name: String
    public var nameKey: String
    public var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, name
        case nameKey = "name_key"
        case createdAt = "created_at"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The institution named `name` (compared normalized and case-folded), created when new.
    public static func findOrCreate(_ db: Database, name: String, now: String) throws -> Institution {
        let key = LearnerFields.key(name)
        if let existing = try Institution.filter(Column("name_key") == key).fetchOne(db) {
            return existing
        }
        var created = Institution(id: nil, name: LearnerFields.normalized(name), nameKey: key, createdAt: now)
        try created.insert(db)
        return created
    }

    /// Every university's name, for "did you mean ...?".
    public static func names(_ db: Database) throws -> InstitutionNames {
        InstitutionNames(try String.fetchAll(db, sql: "SELECT name FROM institution ORDER BY name_key"))
    }

    /// The university named `name` (as imports match names), or `unknownInstitution` with the closest names.
    public static func named(_ db: Database, _ name: String) throws -> Institution {
        if let found = try Institution.filter(Column("name_key") == LearnerFields.key(name)).fetchOne(db) { return found }
        throw try notFound(db, name)
    }

    /// `unknownInstitution` for `name`, with the closest names the store has.
    public static func notFound(_ db: Database, _ name: String) throws -> EnrollmentError {
        .unknownInstitution(name, suggestions: try names(db).suggestions(for: name))
    }
}
