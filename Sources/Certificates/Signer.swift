import SanaCrypto
import SanaEncoding
/// A private key loaded from its file and checked against the store's current signing key.
public struct Signer: Sendable {
    public let key: Ed25519PrivateKey
    public let record: SigningKey

    public init(key: Ed25519PrivateKey, record: SigningKey) {
        self.key = key
        self.record = record
    }

    public var didKey: DIDKey { record.didKey }

    /// The JOSE header every sana JWS carries.
    public var header: JSONValue {
        .object(["alg": .string("EdDSA"), "kid": .string(didKey.kid), "typ": .string("JWT")])
    }
}
