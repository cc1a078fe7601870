import GRDB

/// A row of `revocation`: why, by whom and when a certificate stopped standing.
package struct Revocation: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "revocation"

    package var certificateId: String
    package var reason: String
    package var actor: String
    package var at: String

    enum CodingKeys: String, CodingKey {
        case reason, actor, at
        case certificateId = "certificate_id"
    }
}
