import Foundation
import GRDB
import SanaCrypto
import SanaStore

/// Key management: generate, list, rotate, load for signing, export for verifiers.
package struct SigningKeys: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    /// Generates the first key (or a new one after every key was retired), writes it to `path` and
    /// registers its public key from now on.
    package func generate(at path: String, now: Date = Date()) throws -> SigningKey {
        if let current = try store.read({ try SigningKey.current($0) }) {
            throw CertificatesError.signingKeyExists(kid: current.kid)
        }
        let key = try Ed25519PrivateKey.generate()
        try KeyFile.write(key, to: path)
        do {
            return try store.write { db in
                if let current = try SigningKey.current(db) { throw CertificatesError.signingKeyExists(kid: current.kid) }
                let record = try register(db, key: key, now: now)
                try AuditEntry.record(db, action: "cert.keygen", subject: record.kid, detail: path)
                return record
            }
        } catch {
            unlink(path)
            throw error
        }
    }

    /// Retires the current key (`not_after` = now) and starts a new one at `path`. The old private
    /// key is deleted: a retired key only has to verify, and a private key left on disk could
    /// sign backdated certificates and status lists. (An operator who must escrow keys copies the
    /// key file to offline storage before rotating.) Returns the retired and the new key.
    package func rotate(at path: String, now: Date = Date()) throws -> (retired: SigningKey, current: SigningKey) {
        guard let old = try store.read({ try SigningKey.current($0) }) else { throw CertificatesError.noSigningKey }
        let key = try Ed25519PrivateKey.generate()
        let staging = path + ".new"
        try KeyFile.write(key, to: staging)
        let result: (SigningKey, SigningKey)
        do {
            result = try store.write { db in
                guard var retired = try SigningKey.current(db), retired.kid == old.kid else { throw CertificatesError.concurrentIssuance }
                retired.notAfter = Timestamp.string(seconds: Timestamp.seconds(now))
                try retired.update(db)
                let record = try register(db, key: key, now: now)
                try AuditEntry.record(db, action: "cert.rotate", subject: record.kid, detail: "retired \(retired.kid)")
                return (retired, record)
            }
        } catch {
            unlink(staging)
            throw error
        }
        guard rename(staging, path) == 0 else {
            throw CertificatesError.keyFileNotWritable(path: path, reason: String(cString: strerror(errno)))
        }
        return result
    }

    /// Marks a key compromised (by its kid, or a unique part of it): from then on every certificate
    /// it signed fails verification against a trust file exported afterwards. A current key is
    /// retired too and its private key file (at `keyPath`) deleted: `sana cert keygen` makes the
    /// next one. Returns the key as marked.
    package func compromise(_ kidOrPart: String, keyPath: String, now: Date = Date()) throws -> SigningKey {
        let marked = try store.write { db -> SigningKey in
            var key = try SigningKeys.find(db, kidOrPart)
            if key.compromisedAt != nil { throw CertificatesError.alreadyCompromised(kid: key.kid) }
            let stamp = Timestamp.string(seconds: Timestamp.seconds(now))
            key.compromisedAt = stamp
            if key.notAfter == nil { key.notAfter = stamp }
            try key.update(db)
            try AuditEntry.record(db, action: "cert.compromise", subject: key.kid)
            return key
        }
        if let onDisk = try? KeyFile.load(keyPath), onDisk.publicKey.bytes == Array(marked.publicKey) {
            unlink(keyPath)
        }
        return marked
    }

    /// The key whose kid is `kidOrPart` or contains it once.
    static func find(_ db: Database, _ kidOrPart: String) throws -> SigningKey {
        let keys = try SigningKey.all(db).filter { $0.kid == kidOrPart || $0.kid.contains(kidOrPart) }
        guard keys.count == 1, let key = keys.first else {
            throw keys.isEmpty ? CertificatesError.unknownKey(kidOrPart) : CertificatesError.ambiguousKey(kidOrPart, matches: keys.count)
        }
        return key
    }

    private func register(_ db: Database, key: Ed25519PrivateKey, now: Date) throws -> SigningKey {
        let did = DIDKey(publicKey: key.publicKey.bytes)
        let record = SigningKey(
            kid: did.kid, publicKey: Data(key.publicKey.bytes),
            notBefore: Timestamp.string(seconds: Timestamp.seconds(now)), notAfter: nil,
            createdAt: Timestamp.string(from: now), compromisedAt: nil
        )
        try record.insert(db)
        return record
    }

    package func list() throws -> [SigningKey] {
        try store.read { try SigningKey.all($0) }
    }

    /// Loads the private key at `path` for signing: it must be protected (0600) and be the current key.
    package func signer(keyPath path: String) throws -> Signer {
        let key = try KeyFile.load(path)
        return try store.read { db in
            guard let current = try SigningKey.current(db) else { throw CertificatesError.noSigningKey }
            guard Array(current.publicKey) == key.publicKey.bytes else {
                if let retired = try SigningKey.filter(Column("public_key") == Data(key.publicKey.bytes)).fetchOne(db), let notAfter = retired.notAfter {
                    throw CertificatesError.retiredKey(path: path, kid: retired.kid, notAfter: notAfter)
                }
                throw CertificatesError.keyMismatch(path: path, kid: current.kid)
            }
            return Signer(key: key, record: current)
        }
    }

    /// The verifier's trust file: the issuer's public keys with their validity windows.
    package func trustList(now: Date = Date()) throws -> TrustList {
        try store.read { db in
            let issuer = try IssuerProfile.loadIfSet(db)
            let keys = try SigningKey.all(db)
            return TrustList(
                issuerName: issuer?.name, issuerURL: issuer?.url, statusList: issuer?.statusListURL,
                exportedAt: Timestamp.iso(seconds: Timestamp.seconds(now)),
                keys: keys.map(TrustedKey.init(record:))
            )
        }
    }
}
