import SanaCrypto
import SanaStore
/// A status list credential a verifier was given (`--status FILE`), read and checked once: its
/// signature, whether its key is trusted, its URL and its bits. `problem` says why it cannot be used.
package struct StatusListDocument: Sendable {
    package private(set) var url: String?
    package private(set) var bits: Bitstring?
    package private(set) var publishedAt: String?
    /// When the list was published and until when it counts as current (seconds); a list from
    /// before `validUntil` existed counts for `StatusListPublisher.defaultValidDays`.
    package private(set) var validFrom: Int64?
    package private(set) var validUntil: Int64?
    package private(set) var problem: String?

    package init(text: String, trust: TrustList?) {
        let jws: CompactJWS
        do {
            jws = try CompactJWS.parse(text)
        } catch {
            problem = "the status list is not a compact JWS (\(error.reason))"
            return
        }
        guard jws.header["alg"]?.stringValue == "EdDSA", let kid = jws.header["kid"]?.stringValue, let did = DIDKey(parsing: kid) else {
            problem = "the status list is not signed with an Ed25519 did:key"
            return
        }
        guard let key = try? Ed25519PublicKey(bytes: did.publicKey), key.verify(signature: jws.signature, message: jws.signingInput) else {
            problem = "the status list's signature does not verify"
            return
        }
        guard let trust else {
            problem = "no trust file given (--trust), so the status list's signer cannot be trusted"
            return
        }
        guard let trusted = trust.key(kid: kid) else {
            problem = "the status list is signed by \(kid), which is not in the trust file"
            return
        }
        let payload = jws.payload
        publishedAt = payload["validFrom"]?.stringValue
        validFrom = publishedAt.flatMap(Timestamp.seconds(from:))
        validUntil = payload["validUntil"]?.stringValue.flatMap(Timestamp.seconds(from:))
            ?? validFrom.map { $0 + Int64(StatusListPublisher.defaultValidDays) * 86_400 }
        if let compromised = trusted.compromisedAt {
            problem = "the status list is signed by key \(kid), reported compromised on \(compromised)"
            return
        }
        if let nbf = payload["nbf"]?.integerValue,
           Timestamp.seconds(from: trusted.notBefore).map({ nbf < $0 }) == true || trusted.notAfter.flatMap(Timestamp.seconds(from:)).map({ nbf > $0 }) == true {
            problem = "the status list was signed outside its key's validity window"
            return
        }
        guard payload["type"]?.stringList?.contains("BitstringStatusListCredential") == true,
              payload["credentialSubject"]?["type"]?.stringValue == "BitstringStatusList",
              payload["credentialSubject"]?["statusPurpose"]?.stringValue == "revocation",
              let encoded = payload["credentialSubject"]?["encodedList"]?.stringValue else {
            problem = "the status list is not a revocation BitstringStatusListCredential"
            return
        }
        url = payload["id"]?.stringValue
        do {
            bits = try Bitstring.decode(encodedList: encoded)
        } catch {
            problem = "the status list's encodedList cannot be read: \(error)"
        }
    }
}
