import SanaCrypto
import SanaEncoding
/// A private key loaded from its file and checked against the store's current signing key.
package struct Signer: Sendable {
    package let key: Ed25519PrivateKey
    package let record: SigningKey

    package init(key: Ed25519PrivateKey, record: SigningKey) {
        self.key = key
        self.record = record
    }

    package var didKey: DIDKey { record.didKey }

    /// The JOSE header every sana JWS carries.
    package var header: JSONValue {
        .object(["alg": .string("EdDSA"), "kid": .string(didKey.kid), "typ": .string("JWT")])
    }
}
