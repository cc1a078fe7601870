import SanaCrypto
/// One thread's verification contexts, one per key id, so a batch pays OpenSSL's set-up once per key.
final class VerifierCache {
    private var contexts: [String: Ed25519Context] = [:]
    private var keys: [String: DIDKey?] = [:]

    /// The did:key a `kid` names, parsed once.
    func didKey(_ kid: String) -> DIDKey? {
        if let known = keys[kid] { return known }
        let parsed = DIDKey(parsing: kid)
        keys[kid] = .some(parsed)
        return parsed
    }

    func context(for kid: String, key: DIDKey) -> Ed25519Context? {
        if let context = contexts[kid] { return context }
        guard let context = try? Ed25519PublicKey(bytes: key.publicKey).makeContext() else { return nil }
        contexts[kid] = context
        return context
    }
}
