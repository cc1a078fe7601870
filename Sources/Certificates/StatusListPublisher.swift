import Foundation
import GRDB
import SanaEncoding
import SanaStore

/// Publishes revocations as a W3C `BitstringStatusListCredential`, signed like the certificates.
package struct StatusListPublisher: Sendable {
    package let store: Store
    package let signer: Signer

    package init(store: Store, signer: Signer) {
        self.store = store
        self.signer = signer
    }

    package struct Published: Sendable, Equatable {
        package let jws: String
        package let url: String
        package let length: Int
        package let revoked: Int
        package let certificates: Int
        package let validUntil: String
    }

    /// How long a published list counts as current by default: verifiers say "could not decide"
    /// after that, so a list must be re-published at least this often.
    package static let defaultValidDays = 7

    package func publish(now: Date = Date(), validDays: Int = defaultValidDays) throws -> Published {
        let (issuer, indexes, revoked) = try store.read { db -> (IssuerProfile, [Int], [Int]) in
            let issuer = try IssuerProfile.load(db)
            let indexes = try Int.fetchAll(db, sql: "SELECT status_index FROM certificate")
            let revoked = try Int.fetchAll(db, sql: "SELECT c.status_index FROM certificate c JOIN revocation r ON r.certificate_id = c.id")
            return (issuer, indexes, revoked)
        }
        let length = StatusIndexPool.length(covering: (indexes.max() ?? 0) + 1)
        var bits = Bitstring(length: length)
        for index in revoked { bits.set(index) }
        let issuedAt = Timestamp.seconds(now)
        let expiresAt = issuedAt + Int64(validDays) * 86_400
        let url = issuer.statusListURL
        let did = signer.didKey.did
        let payload: JSONValue = .object([
            "@context": .array([.string(OpenBadgeCredential.vcContext)]),
            "id": .string(url),
            "type": .array([.string("VerifiableCredential"), .string("BitstringStatusListCredential")]),
            "issuer": .string(did),
            "validFrom": .string(Timestamp.iso(seconds: issuedAt)),
            "validUntil": .string(Timestamp.iso(seconds: expiresAt)),
            "credentialSubject": .object([
                "id": .string(url + "#list"),
                "type": .string("BitstringStatusList"),
                "statusPurpose": .string("revocation"),
                "encodedList": .string(try bits.encodedList()),
            ]),
            "iss": .string(did),
            "sub": .string(url + "#list"),
            "jti": .string(url),
            "nbf": .integer(issuedAt),
            "exp": .integer(expiresAt),
        ])
        let jws = try CompactJWS.sign(header: signer.header, payload: payload, key: signer.key)
        try store.write { db in
            try AuditEntry.record(db, action: "cert.status-list", subject: url, detail: "\(revoked.count) revoked of \(indexes.count), \(length) entries")
        }
        return Published(
            jws: jws, url: url, length: length, revoked: revoked.count, certificates: indexes.count,
            validUntil: Timestamp.iso(seconds: expiresAt))
    }
}
