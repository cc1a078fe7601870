import Foundation
import GRDB
import SanaEncoding
import SanaStore

/// One learner's certificates, for personal-data requests and merges, inside the caller's transaction.
package enum HolderCertificates {
    package struct Record: Codable, Sendable, Equatable {
        package struct Revoked: Codable, Sendable, Equatable {
            package var reason: String
            package var at: String
        }

        package var id: String
        package var code: String
        package var course: String
        package var version: Int
        package var issuedAt: String
        package var kid: String
        package var statusIndex: Int
        /// The holder code printed on the holder's copy (nil when the credential publishes its salt).
        package var holderCode: String?
        package var revoked: Revoked?
        /// The credential as a compact JWS, as issued (or as redacted by an erasure).
        package var credential: String
    }

    package static func records(_ db: Database, learnerId: Int64) throws -> [Record] {
        try CertificateRecord.fetchAll(db, sql: CertificateRecord.selection + " WHERE c.learner_id = ? ORDER BY c.issued_at, c.id", arguments: [learnerId]).map { record in
            let version = try Row.fetchOne(db, sql: "SELECT course_id, version FROM course_version WHERE id = ?", arguments: [record.courseVersionId])
            let revocation = try Revocation.fetchOne(db, key: record.id)
            return Record(
                id: record.id, code: record.code, course: version?["course_id"] ?? "", version: version?["version"] ?? 0,
                issuedAt: record.issuedAt, kid: record.kid, statusIndex: record.statusIndex, holderCode: record.holderCode,
                revoked: revocation.map { Record.Revoked(reason: $0.reason, at: $0.at) }, credential: record.credential)
        }
    }

    /// A course version both learners passed (a merge would give one person two results there), with
    /// each one's certificate code if they have one; nil when there is none.
    package static func bothPassed(_ db: Database, _ first: Int64, _ second: Int64) throws -> (course: String, version: Int, first: String?, second: String?)? {
        try Row.fetchOne(db, sql: """
            SELECT v.course_id, v.version,
                   (SELECT code FROM certificate WHERE learner_id = :a AND course_version_id = v.id) AS first_code,
                   (SELECT code FROM certificate WHERE learner_id = :b AND course_version_id = v.id) AS second_code
            FROM course_version v
            WHERE EXISTS (SELECT 1 FROM attempt WHERE learner_id = :a AND course_version_id = v.id AND passed = 1)
              AND EXISTS (SELECT 1 FROM attempt WHERE learner_id = :b AND course_version_id = v.id AND passed = 1)
            ORDER BY v.course_id, v.version LIMIT 1
            """, arguments: ["a": first, "b": second]).map { ($0["course_id"], $0["version"], $0["first_code"], $0["second_code"]) }
    }

    /// Codes of a learner's certificates, by issue.
    package static func codes(_ db: Database, learnerId: Int64) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT code FROM certificate WHERE learner_id = ? ORDER BY issued_at, id", arguments: [learnerId])
    }

    /// Moves a learner's certificates to another learner (a merge). The signed credentials are not
    /// changed: they still carry the name and IIN hash they were issued with.
    package static func reassign(_ db: Database, from: Int64, to: Int64) throws -> Int {
        try db.execute(sql: "UPDATE certificate SET learner_id = ? WHERE learner_id = ?", arguments: [to, from])
        return db.changesCount
    }

    /// What an erasure did to a learner's certificates (codes).
    package struct Erasure: Codable, Sendable, Equatable {
        package var revoked: [String]
        package var alreadyRevoked: [String]
    }

    package static let erasureReason = "erased on the holder's personal-data request"

    /// Revokes every certificate of the learner not yet revoked (the published status list then
    /// says so) and redacts the stored copy of each: the holder's name is replaced by "erased" and
    /// the holder code (the salt of the IIN's hash) is dropped, so the hash can no longer be tested
    /// against IIN guesses. The certificate row stays, pseudonymous (its id, code, status index and
    /// the random subject id): the status list needs it. The redacted copy no longer matches its
    /// signature; the holder's own copy verifies as revoked.
    package static func erase(_ db: Database, learnerId: Int64, actor: String = OSUser.name, at stamp: String) throws -> Erasure {
        var erasure = Erasure(revoked: [], alreadyRevoked: [])
        let records = try CertificateRecord.fetchAll(db, sql: CertificateRecord.selection + " WHERE c.learner_id = ? ORDER BY c.issued_at, c.id", arguments: [learnerId])
        for record in records {
            if try Revocation.exists(db, key: record.id) {
                erasure.alreadyRevoked.append(record.code)
            } else {
                try Revocation(certificateId: record.id, reason: erasureReason, actor: actor, at: stamp).insert(db)
                erasure.revoked.append(record.code)
            }
            try db.execute(sql: "UPDATE certificate SET credential = ?, template_id = NULL, credential_parts = NULL WHERE id = ?",
                           arguments: [try redacted(record), record.id])
        }
        return erasure
    }

    static func redacted(_ record: CertificateRecord) throws -> String {
        let parts = record.credential.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let jws = try? CompactJWS.parse(record.credential),
              var payload = jws.payload.objectValue, var subject = payload["credentialSubject"]?.objectValue,
              var identifiers = subject["identifier"]?.arrayValue else {
            throw CertificatesError.damagedCredential(id: record.id)
        }
        identifiers = identifiers.map { identifier in
            guard var object = identifier.objectValue else { return identifier }
            if object["identityType"]?.stringValue == "name" { object["identityHash"] = .string("erased") }
            object["salt"] = nil
            return .object(object)
        }
        subject["identifier"] = .array(identifiers)
        payload["credentialSubject"] = .object(subject)
        return "\(parts[0]).\(Base64URL.encode(JSONValue.object(payload).bytes)).\(parts[2])"
    }
}
