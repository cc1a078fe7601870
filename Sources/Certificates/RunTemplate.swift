import GRDB
import SanaCrypto
import SanaStore

/// A credential template of one issuing run as the store keeps it (`credential_template`): the
/// JWS's header part and the marked payload, identified by the SHA-256 of both.
struct RunTemplate: Sendable {
    let template: CredentialTemplate
    let header: String
    let sha256: String

    init(template: CredentialTemplate, header: String) {
        self.template = template
        self.header = header
        sha256 = SHA256.hex(of: Array(header.utf8) + [46] + template.marked)
    }

    /// The template's id in `credential_template`, inserting it unless the same bytes are there.
    func storedID(_ db: Database, createdAt: String) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO credential_template (header, payload, sha256, created_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (sha256) DO NOTHING
            """, arguments: [header, String(decoding: template.marked, as: UTF8.self), sha256, createdAt])
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM credential_template WHERE sha256 = ?", arguments: [sha256]) else {
            throw CertificatesError.concurrentIssuance
        }
        return id
    }
}
