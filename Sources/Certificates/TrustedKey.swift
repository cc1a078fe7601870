import SanaCrypto
import SanaEncoding
import SanaStore
/// One issuer key as a verifier pins it: its id, public key (multibase, JWK and PEM, for other tools)
/// and the window in which it could sign.
package struct TrustedKey: Codable, Sendable, Equatable {
    package var kid: String
    package var did: String
    package var publicKeyMultibase: String
    package var publicKeyJwk: [String: String]
    package var publicKeyPem: String
    package var notBefore: String
    package var notAfter: String?
    /// When the issuer reported the key's private half compromised (`sana cert compromise`):
    /// nothing it signed can be trusted, whenever it was signed.
    package var compromisedAt: String?

    package init(record: SigningKey) {
        let did = record.didKey
        kid = did.kid
        self.did = did.did
        publicKeyMultibase = did.multibase
        publicKeyJwk = ["kty": "OKP", "crv": "Ed25519", "x": Base64URL.encode(Array(record.publicKey))]
        publicKeyPem = (try? Ed25519PublicKey(bytes: Array(record.publicKey)).pem) ?? ""
        notBefore = Timestamp.iso(seconds: Timestamp.seconds(from: record.notBefore) ?? 0)
        notAfter = record.notAfter.flatMap(Timestamp.seconds(from:)).map(Timestamp.iso(seconds:))
        compromisedAt = record.compromisedAt.flatMap(Timestamp.seconds(from:)).map(Timestamp.iso(seconds:))
    }

    enum CodingKeys: String, CodingKey {
        case kid, did, publicKeyMultibase, publicKeyJwk, publicKeyPem, notBefore, notAfter, compromisedAt
    }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kid, forKey: .kid)
        try container.encode(did, forKey: .did)
        try container.encode(publicKeyMultibase, forKey: .publicKeyMultibase)
        try container.encode(publicKeyJwk, forKey: .publicKeyJwk)
        try container.encode(publicKeyPem, forKey: .publicKeyPem)
        try container.encode(notBefore, forKey: .notBefore)
        try container.encode(notAfter, forKey: .notAfter)
        try container.encodeIfPresent(compromisedAt, forKey: .compromisedAt)
    }
}
