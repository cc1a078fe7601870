import Foundation
import GRDB

/// A row of `signing_key`: an issuer public key and the window in which it may sign.
/// `notAfter` is set when the key is retired; a certificate is valid only if its key was valid when it was issued.
package struct SigningKey: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "signing_key"

    package var kid: String
    package var publicKey: Data
    package var notBefore: String
    package var notAfter: String?
    package var createdAt: String
    /// Set by `sana cert compromise`: the key's private half was exposed.
    package var compromisedAt: String?

    enum CodingKeys: String, CodingKey {
        case kid
        case publicKey = "public_key"
        case notBefore = "not_before"
        case notAfter = "not_after"
        case createdAt = "created_at"
        case compromisedAt = "compromised_at"
    }

    package var didKey: DIDKey { DIDKey(publicKey: Array(publicKey)) }
    package var isCurrent: Bool { notAfter == nil }

    /// The one key that signs now, if any.
    package static func current(_ db: Database) throws -> SigningKey? {
        try SigningKey.filter(Column("not_after") == nil).order(Column("not_before").desc).fetchOne(db)
    }

    package static func all(_ db: Database) throws -> [SigningKey] {
        try SigningKey.order(Column("not_before"), Column("kid")).fetchAll(db)
    }
}
