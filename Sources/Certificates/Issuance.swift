import Enrollment
import Foundation
import GRDB
import SanaStore

/// Issues certificates: one per learner per course version passed, never twice. Signing runs on all
/// cores; the store is written in one transaction per chunk.
public struct Issuance: Sendable {
    public let store: Store
    public let signer: Signer
    public var chunkSize = 4096

    public init(store: Store, signer: Signer) {
        self.store = store
        self.signer = signer
    }

    /// What one certificate needs before it is signed.
    struct Draft: Sendable {
        let attempt: EligibleAttempt
        let id: String
        let statusIndex: Int
        let template: CredentialTemplate?
    }

    /// Issues the certificates `course` owes (to one learner, or to everyone eligible), writing each
    /// to `outDir/<code>.jwt` when given. Returns what was issued; an empty list when nothing was owed.
    public func issue(course: String, learnerIIN: String?, outDir: String?, now: Date = Date()) throws -> [IssuedCertificate] {
        let (issuer, eligible, initialPool) = try store.read { db -> (IssuerProfile, [EligibleAttempt], StatusIndexPool) in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM course WHERE id = ?)", arguments: [course]) == true else {
                throw CertificatesError.unknownCourse(course)
            }
            let issuer = try IssuerProfile.load(db)
            var learnerID: Int64?
            if let learnerIIN {
                do {
                    _ = try IIN(learnerIIN)
                } catch let problem as IIN.Problem {
                    throw CertificatesError.invalidIIN(problem.description)
                }
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM learner WHERE iin = ?", arguments: [learnerIIN]) else {
                    throw CertificatesError.learnerNotFound(iin: learnerIIN)
                }
                learnerID = id
            }
            let eligible = try EligibleAttempt.fetchAll(db, course: course, learnerID: learnerID)
            if let learnerID, let learnerIIN, eligible.isEmpty {
                let held = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM certificate c JOIN course_version cv ON cv.id = c.course_version_id
                    WHERE c.learner_id = ? AND cv.course_id = ?
                    """, arguments: [learnerID, course]) ?? 0
                if held == 0 { throw CertificatesError.notEligible(iin: learnerIIN, course: course) }
            }
            let used = Set(try Int.fetchAll(db, sql: "SELECT status_index FROM certificate"))
            return (issuer, eligible, StatusIndexPool(used: used, upcoming: eligible.count))
        }
        if eligible.isEmpty { return [] }
        if let outDir { try PrivateFile.createFolder(outDir) }
        var pool = initialPool
        let issuedAt = ISOTime.seconds(now)
        let storedAt = Timestamp.string(from: now)
        var templates: [String: CredentialTemplate?] = [:]
        var ids = CertificateIDs()
        // Sign chunk k+1 on all cores while a writer thread stores chunk k and writes its files.
        let writer = ChunkWriter(store: store, outDir: outDir)
        var issued: [IssuedCertificate] = []
        issued.reserveCapacity(eligible.count)
        var start = 0
        while start < eligible.count {
            let end = min(start + chunkSize, eligible.count)
            var drafts: [Draft] = []
            drafts.reserveCapacity(end - start)
            for attempt in eligible[start..<end] {
                let key = "\(attempt.courseVersionID)/\(attempt.lang)"
                if templates[key] == nil {
                    let course = CourseInfo(courseID: attempt.courseID, version: attempt.version, definition: attempt.definition)
                    templates[key] = .some(CredentialTemplate(
                        issuer: issuer, issuerDID: signer.didKey.did, issuedAt: issuedAt,
                        expiresAt: course.validityDays.map { issuedAt + Int64($0) * 86_400 }, course: course, lang: attempt.lang
                    ))
                }
                drafts.append(Draft(attempt: attempt, id: try ids.next(), statusIndex: try pool.draw(), template: templates[key] ?? nil))
            }
            let signed = try sign(drafts, issuer: issuer, issuedAt: issuedAt, storedAt: storedAt)
            try writer.submit(signed.map { $0.record })
            issued += signed.map { $0.summary }
            start = end
        }
        try writer.finish()
        if let outDir {
            for index in issued.indices { issued[index].file = outDir + "/" + issued[index].code + ".jwt" }
        }
        try store.write { db in
            try AuditEntry.record(db, action: "cert.issue", subject: course, detail: "\(issued.count) certificates, key \(signer.record.kid)")
        }
        return issued
    }

    private func sign(_ drafts: [Draft], issuer: IssuerProfile, issuedAt: Int64, storedAt: String) throws -> [(record: CertificateRecord, summary: IssuedCertificate)] {
        let signer = self.signer
        let header = signer.header
        let headerPart = Base64URL.encodeBytes(header.bytes) + [46]
        let did = signer.didKey.did
        return try ConcurrentMap.map(drafts.count, state: { try signer.key.makeContext() }) { context, index in
            let draft = drafts[index]
            let attempt = draft.attempt
            let id = draft.id
            let code = try HumanCode.generate()
            let salt = SHA256.hexString(try SecureRandom.bytes(16))
            let subjectID = "urn:uuid:" + attempt.subjectUUID
            let payload: [UInt8]
            if let template = draft.template {
                payload = template.fill(
                    id: id, subjectID: subjectID, learnerName: attempt.fullName,
                    identityHash: OpenBadgeCredential.identityHash(attempt.iin, salt: salt), salt: salt,
                    score: OpenBadgeCredential.scoreText(attempt.score), statusIndex: draft.statusIndex
                )
            } else {
                let course = CourseInfo(courseID: attempt.courseID, version: attempt.version, definition: attempt.definition)
                let claims = OpenBadgeCredential.Claims(
                    id: id, issuer: issuer, issuerDID: did, issuedAt: issuedAt,
                    expiresAt: course.validityDays.map { issuedAt + Int64($0) * 86_400 },
                    subjectID: subjectID, learnerName: attempt.fullName, iin: attempt.iin, salt: salt,
                    course: course, lang: attempt.lang, score: attempt.score, statusIndex: draft.statusIndex
                )
                payload = OpenBadgeCredential.payload(claims).bytes
            }
            var input = headerPart
            input += Base64URL.encodeBytes(payload)
            let signature = try context.sign(input)
            input.append(46)
            input += Base64URL.encodeBytes(signature)
            let record = CertificateRecord(
                id: id, code: code, learnerId: attempt.learnerID, courseVersionId: attempt.courseVersionID,
                attemptId: attempt.attemptID, issuedAt: storedAt, kid: signer.record.kid,
                statusIndex: draft.statusIndex, credential: String(decoding: input, as: UTF8.self)
            )
            let summary = IssuedCertificate(
                id: id, code: code, learner: attempt.fullName, course: attempt.courseID, version: attempt.version,
                score: OpenBadgeCredential.scoreText(attempt.score), file: nil
            )
            return (record, summary)
        }
    }
}
