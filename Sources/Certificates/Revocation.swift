import GRDB

/// A row of `revocation`: why, by whom and when a certificate stopped standing.
public struct Revocation: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "revocation"

    public var certificateId: String
    public var reason: String
    public var actor: String
    public var at: String

    enum CodingKeys: String, CodingKey {
        case reason, actor, at
        case certificateId = "certificate_id"
    }
}
