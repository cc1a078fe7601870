import Foundation
import GRDB
import SanaEncoding
import SanaStore

/// Signs again, under the current key, every certificate a compromised key signed that is not
/// revoked: same id, code and status index, so what the holder was told stays true, a new
/// signature, issue date and (for certificates that published their salt) a new holder code kept
/// off the credential.
package struct Reissuance: Sendable {
    package let store: Store
    package let signer: Signer

    package init(store: Store, signer: Signer) {
        self.store = store
        self.signer = signer
    }

    struct Row: FetchableRecord {
        let certificate: CertificateRecord
        let attempt: EligibleAttempt

        init(row: GRDB.Row) throws {
            certificate = try CertificateRecord(row: row)
            attempt = EligibleAttempt(row: row)
        }
    }

    /// Reissues what `kidOrPart`'s key signed (it must be marked compromised), writing each new
    /// file to `outDir/<code>.jwt` (replacing the old one) when given.
    package func reissue(key kidOrPart: String, outDir: String?, now: Date = Date()) throws -> [IssuedCertificate] {
        let (key, issuer, rows) = try store.read { db -> (SigningKey, IssuerProfile, [Row]) in
            let key = try SigningKeys.find(db, kidOrPart)
            guard key.compromisedAt != nil else { throw CertificatesError.notCompromised(kid: key.kid) }
            let rows = try Row.fetchAll(db, sql: CertificateRecord.selection.replacingOccurrences(of: "\nFROM certificate c", with: """
                , c.attempt_id, c.learner_id, c.course_version_id, a.score, a.lang, a.submitted_at,
                       l.iin, l.last_name, l.first_name, l.middle_name, l.subject_uuid, cv.course_id, cv.version, cv.definition
                FROM certificate c
                """) + """
                 JOIN attempt a ON a.id = c.attempt_id JOIN learner l ON l.id = c.learner_id
                JOIN course_version cv ON cv.id = c.course_version_id
                WHERE c.kid = ? AND NOT EXISTS (SELECT 1 FROM revocation r WHERE r.certificate_id = c.id)
                ORDER BY c.code
                """, arguments: [key.kid])
            return (key, try IssuerProfile.load(db), rows)
        }
        if key.kid == signer.record.kid { throw CertificatesError.keyMismatch(path: "the current key", kid: key.kid) }
        let folder = try outDir.map { path -> OutputFolder in
            try PrivateFile.createFolder(path)
            return try OutputFolder(path)
        }
        let issuedAt = Timestamp.seconds(now)
        let storedAt = Timestamp.string(from: now)
        let header = String(decoding: Base64URL.encodeBytes(signer.header.bytes), as: UTF8.self)
        let context = try signer.key.makeContext()
        var templates: [String: RunTemplate] = [:]
        var issued: [IssuedCertificate] = []
        var files: [(String, [UInt8])] = []
        try store.write { db in
            for row in rows {
                let attempt = row.attempt
                let course = CourseInfo(courseID: attempt.courseID, version: attempt.version, definition: attempt.definition)
                let templateKey = "\(attempt.courseVersionID)/\(attempt.lang)"
                if templates[templateKey] == nil {
                    guard let template = CredentialTemplate(
                        issuer: issuer, issuerDID: signer.didKey.did, issuedAt: issuedAt,
                        expiresAt: course.validityDays.map { issuedAt + Int64($0) * 86_400 }, course: course, lang: attempt.lang
                    ) else { throw CertificatesError.damagedCredential(id: row.certificate.id) }
                    templates[templateKey] = RunTemplate(template: template, header: header)
                }
                let run = templates[templateKey]!
                let holderCode = try row.certificate.holderCode ?? HumanCode.generate()
                var parts = CredentialTemplate.encodedValues(
                    id: row.certificate.id, subjectID: "urn:uuid:" + attempt.subjectUUID, learnerName: attempt.fullName,
                    identityHash: OpenBadgeCredential.holderHash(attempt.iin, salt: holderCode, published: false), salt: holderCode,
                    score: OpenBadgeCredential.scoreText(attempt.score), statusIndex: row.certificate.statusIndex)
                var payload: [UInt8] = []
                run.template.fill(encoded: parts, into: &payload)
                var text = Array(header.utf8) + [46] + Base64URL.encodeBytes(payload)
                let signature = try context.sign(text)
                text += [46] + Base64URL.encodeBytes(signature)
                parts += signature
                try db.execute(sql: """
                    UPDATE certificate SET kid = ?, issued_at = ?, credential = NULL, template_id = ?, credential_parts = ? WHERE id = ?
                    """, arguments: [signer.record.kid, storedAt, try run.storedID(db, createdAt: storedAt), Data(parts), row.certificate.id])
                files.append((row.certificate.code + ".jwt", text + [10]))
                issued.append(IssuedCertificate(
                    id: row.certificate.id, code: row.certificate.code, learner: attempt.fullName, course: attempt.courseID,
                    version: attempt.version, score: OpenBadgeCredential.scoreText(attempt.score), file: outDir.map { $0 + "/" + row.certificate.code + ".jwt" }))
            }
            try AuditEntry.record(db, action: "cert.reissue", subject: key.kid, detail: "\(issued.count) certificates under \(signer.record.kid)")
        }
        if let folder {
            for (name, bytes) in files { try folder.writeNew(name, bytes, replacing: true) }
            folder.sync()
        }
        return issued
    }
}
