import Foundation
import GRDB

/// A row of `signing_key`: an issuer public key and the window in which it may sign.
/// `notAfter` is set when the key is retired; a certificate is valid only if its key was valid when it was issued.
public struct SigningKey: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "signing_key"

    public var kid: String
    public var publicKey: Data
    public var notBefore: String
    public var notAfter: String?
    public var createdAt: String
    /// Set by `sana cert compromise`: the key's private half was exposed.
    public var compromisedAt: String?

    enum CodingKeys: String, CodingKey {
        case kid
        case publicKey = "public_key"
        case notBefore = "not_before"
        case notAfter = "not_after"
        case createdAt = "created_at"
        case compromisedAt = "compromised_at"
    }

    public var didKey: DIDKey { DIDKey(publicKey: Array(publicKey)) }
    public var isCurrent: Bool { notAfter == nil }

    /// The one key that signs now, if any.
    public static func current(_ db: Database) throws -> SigningKey? {
        try SigningKey.filter(Column("not_after") == nil).order(Column("not_before").desc).fetchOne(db)
    }

    public static func all(_ db: Database) throws -> [SigningKey] {
        try SigningKey.order(Column("not_before"), Column("kid")).fetchAll(db)
    }
}
