import Foundation
import GRDB

/// A row of `certificate`: the signed credential as issued, kept forever (revocation only adds a row).
/// `credential` is the exact text issued, whether the store keeps it whole or as a template and
/// parts (schema/0002_compact_credentials.sql).
package struct CertificateRecord: Sendable, Equatable, FetchableRecord {
    package var id: String
    package var code: String
    package var learnerId: Int64
    package var courseVersionId: Int64
    package var attemptId: Int64
    package var issuedAt: String
    package var kid: String
    package var statusIndex: Int
    package var credential: String
    /// The code the holder's printout carries to check an IIN against the credential (the identity
    /// hash's salt, kept off the credential); nil for certificates that publish their salt.
    package var holderCode: String?

    /// Columns `init(row:)` reads: the certificate's, with its template's header and payload.
    static let selection = """
        SELECT c.id, c.code, c.learner_id, c.course_version_id, c.attempt_id, c.issued_at, c.kid, c.status_index,
               c.credential, c.credential_parts, t.header AS template_header, t.payload AS template_payload
        FROM certificate c LEFT JOIN credential_template t ON t.id = c.template_id
        """

    package init(row: Row) throws {
        id = row["id"]
        code = row["code"]
        learnerId = row["learner_id"]
        courseVersionId = row["course_version_id"]
        attemptId = row["attempt_id"]
        issuedAt = row["issued_at"]
        kid = row["kid"]
        statusIndex = row["status_index"]
        if let text: String = row["credential"] {
            credential = text
        } else {
            guard let encoded: [UInt8] = (row["credential_parts"] as Data?).map({ Array($0) }),
                  let parts = CredentialParts(encoded: encoded),
                  let header: String = row["template_header"], let payload: String = row["template_payload"],
                  let template = CredentialTemplate(marked: Array(payload.utf8)),
                  let text = parts.credential(header: header, template: template) else {
                throw CertificatesError.damagedCredential(id: id)
            }
            credential = text
            if !template.publishesSalt {
                holderCode = String(decoding: parts.values[Int(CredentialTemplate.Field.salt.rawValue)], as: UTF8.self)
            }
        }
    }

    /// Finds a certificate by its `urn:uuid:` id or its human code (typed loosely).
    package static func find(_ db: Database, idOrCode: String) throws -> CertificateRecord {
        let key = idOrCode.trimmingSpaces
        if !HumanCode.looksLikeCode(key) {
            guard let record = try CertificateRecord.fetchOne(db, sql: selection + " WHERE c.id = ?", arguments: [key]) else {
                throw CertificatesError.certificateNotFound(key)
            }
            return record
        }
        guard let code = HumanCode.normalize(key) else { throw CertificatesError.invalidCode(key) }
        guard let record = try CertificateRecord.fetchOne(db, sql: selection + " WHERE c.code = ?", arguments: [code]) else {
            throw CertificatesError.certificateNotFound(code)
        }
        return record
    }
}
