import SanaEncoding

/// A `did:key` for an Ed25519 public key: multicodec ed25519-pub (0xed, varint 0xed 0x01) followed by
/// the 32-byte key, base58btc with the multibase prefix `z`. The key's id (JOSE `kid`) is the DID URL
/// `did:key:z...#z...`.
package struct DIDKey: Hashable, Sendable {
    package let publicKey: [UInt8]

    package init(publicKey: [UInt8]) {
        precondition(publicKey.count == 32)
        self.publicKey = publicKey
    }

    /// `z6Mk...`: the multibase form of the multicodec key.
    package var multibase: String {
        "z" + Base58.encode([0xed, 0x01] + publicKey)
    }

    package var did: String { "did:key:" + multibase }

    package var kid: String { did + "#" + multibase }

    /// Reads a `did:key:z...` or a `did:key:z...#z...` whose fragment repeats the key; nil otherwise.
    package init?(parsing text: String) {
        guard text.hasPrefix("did:key:z"), text.utf8.count <= 256 else { return nil }  // a real one is ~105; Base58 decoding is quadratic
        let parts = text.dropFirst("did:key:".count).split(separator: "#", omittingEmptySubsequences: false)
        guard parts.count == 1 || (parts.count == 2 && parts[1] == parts[0]) else { return nil }
        guard let decoded = Base58.decode(String(parts[0].dropFirst())), decoded.count == 34,
              decoded[0] == 0xed, decoded[1] == 0x01 else { return nil }
        publicKey = Array(decoded[2...])
    }
}
