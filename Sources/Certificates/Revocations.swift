import Foundation
import GRDB
import SanaStore

/// Revokes certificates: the certificate stays, a `revocation` row records why, who and when.
package struct Revocations: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    package func revoke(_ idOrCode: String, reason: String, actor: String = OSUser.name, now: Date = Date()) throws -> (CertificateRecord, Revocation) {
        let reason = reason.trimmingSpaces
        guard !reason.isEmpty else { throw CertificatesError.emptyReason }
        return try store.write { db in
            let record = try CertificateRecord.find(db, idOrCode: idOrCode)
            if try Revocation.exists(db, key: record.id) { throw CertificatesError.alreadyRevoked(id: record.id) }
            let revocation = Revocation(certificateId: record.id, reason: reason, actor: actor, at: Timestamp.string(from: now))
            try revocation.insert(db)
            try AuditEntry.record(db, action: "cert.revoke", subject: record.id, detail: reason)
            return (record, revocation)
        }
    }

    package func revocation(of id: String) throws -> Revocation? {
        try store.read { try Revocation.fetchOne($0, key: id) }
    }
}
