import Enrollment
import Foundation
import GRDB
import SanaConcurrency
import SanaCrypto
import SanaEncoding
import SanaStore

/// Issues certificates: one per learner per course version passed, never twice. Signing runs on all
/// cores, chunk by chunk, while `ChunkWriter` stores the signed chunks and then writes their files.
package struct Issuance: Sendable {
    package let store: Store
    package let signer: Signer
    package var chunkSize = 4096

    package init(store: Store, signer: Signer) {
        self.store = store
        self.signer = signer
    }

    /// What the signing threads read: the attempts to certify, in order, with each one's status
    /// index and template (their number in the run makes the certificate's id).
    struct Run: Sendable {
        let eligible: [EligibleAttempt]
        let statusIndexes: [Int]
        let templateOf: [Int?]
        let templates: [RunTemplate]
        let ids: CertificateIDs
        let issuer: IssuerProfile
        let issuedAt: Int64
    }

    /// What one signing thread keeps between certificates.
    final class Worker {
        let context: Ed25519Context
        /// The payload being signed (its capacity is reused).
        var payload: [UInt8] = []
        /// Random bytes fetched from the CSPRNG a few kilobytes at a time, each handed out once.
        var random = RandomPool()

        init(context: Ed25519Context) {
            self.context = context
        }
    }

    struct TemplateKey: Hashable {
        let courseVersionID: Int64
        let lang: String
    }

    /// Issues the certificates `course` owes (to one learner, or to everyone eligible), writing each
    /// to `outDir/<code>.jwt` when given. Returns what was issued; an empty list when nothing was owed.
    package func issue(course: String, learnerIIN: String?, outDir: String?, now: Date = Date()) throws -> [IssuedCertificate] {
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
        let folder = try outDir.map { try OutputFolder($0) }
        var pool = initialPool
        let issuedAt = Timestamp.seconds(now)
        let storedAt = Timestamp.string(from: now)
        let header = String(decoding: Base64URL.encodeBytes(signer.header.bytes), as: UTF8.self)
        // The run's templates, one per course version and language, and which one each attempt uses
        // (nil: built as a JSON tree).
        var templateNumbers: [TemplateKey: Int?] = [:]
        var templates: [RunTemplate] = []
        let templateOf = eligible.map { attempt -> Int? in
            let key = TemplateKey(courseVersionID: attempt.courseVersionID, lang: attempt.lang)
            if let number = templateNumbers[key] { return number }
            let course = CourseInfo(courseID: attempt.courseID, version: attempt.version, definition: attempt.definition)
            let number = CredentialTemplate(
                issuer: issuer, issuerDID: signer.didKey.did, issuedAt: issuedAt,
                expiresAt: course.validityDays.map { issuedAt + Int64($0) * 86_400 }, course: course, lang: attempt.lang
            ).map { template in
                templates.append(RunTemplate(template: template, header: header))
                return templates.count - 1
            }
            templateNumbers[key] = .some(number)
            return number
        }
        let run = Run(
            eligible: eligible, statusIndexes: try pool.draw(eligible.count), templateOf: templateOf, templates: templates,
            ids: CertificateIDs(), issuer: issuer, issuedAt: issuedAt
        )
        // Sign chunk k+1 on all cores while a writer thread stores chunk k and writes its files.
        let writer = ChunkWriter(
            store: store, folder: folder, templates: templates, issuedAt: storedAt, kid: signer.record.kid, expected: eligible.count
        )
        var issued: [IssuedCertificate] = []
        issued.reserveCapacity(eligible.count)
        do {
            var start = 0
            while start < eligible.count {
                // The last chunks are smaller: what is signed last waits for its commit and its files
                // with nothing left to overlap them.
                let size = eligible.count - start <= chunkSize ? max(256, chunkSize / 4) : chunkSize
                let end = min(start + size, eligible.count)
                let signed = try sign(start..<end, of: run)
                try writer.submit(signed.map { $0.certificate })
                issued += signed.map { $0.summary }
                start = end
            }
            try writer.finish()
            folder?.sync()
        } catch {
            writer.cancel()
            // Each chunk is committed before its files are written: say how many are stored without
            // their file, and that the same command writes them.
            if outDir != nil, case CertificatesError.cannotWrite(let path, let reason) = error,
               let stored = try? store.read({ try Int.fetchOne($0, sql: "SELECT count(*) FROM certificate WHERE issued_at = ?", arguments: [storedAt]) }),
               stored > 0 {
                throw CertificatesError.filesNotWritten(path: path, reason: reason, stored: stored)
            }
            throw error
        }
        if let outDir {
            for index in issued.indices { issued[index].file = outDir + "/" + issued[index].code + ".jwt" }
        }
        try store.write { db in
            try AuditEntry.record(db, action: "cert.issue", subject: course, detail: "\(issued.count) certificates, key \(signer.record.kid)")
        }
        return issued
    }

    /// Writes `outDir/<code>.jwt` for every stored certificate of `course` (or of one learner) whose
    /// file is missing or empty there: the store commits each chunk before its files are written,
    /// so a run that was killed, interrupted or ran out of disk is completed by running it again.
    /// Returns how many files it wrote.
    package func writeMissingFiles(course: String, learnerIIN: String?, outDir: String) throws -> Int {
        try PrivateFile.createFolder(outDir)
        let folder = try OutputFolder(outDir)
        let filter = learnerIIN == nil ? "" : " AND c.learner_id = (SELECT id FROM learner WHERE iin = ?)"
        let arguments: StatementArguments = learnerIIN.map { [course, $0] } ?? [course]
        let codes = try store.read { db in
            try String.fetchAll(db, sql: """
                SELECT c.code FROM certificate c JOIN course_version cv ON cv.id = c.course_version_id
                WHERE cv.course_id = ?\(filter) ORDER BY c.code
                """, arguments: arguments)
        }
        let missing = codes.filter { folder.lacks($0 + ".jwt") }
        for start in stride(from: 0, to: missing.count, by: 1000) {
            let batch = Array(missing[start..<min(start + 1000, missing.count)])
            let records = try store.read { db in
                try CertificateRecord.fetchAll(
                    db, sql: CertificateRecord.selection + " WHERE c.code IN (\(batch.map { _ in "?" }.joined(separator: ",")))",
                    arguments: StatementArguments(batch))
            }
            for record in records {
                try folder.writeNew(record.code + ".jwt", Array(record.credential.utf8) + [10])
            }
        }
        if !missing.isEmpty { folder.sync() }  // issue() already flushed what it wrote
        return missing.count
    }

    /// Signs the run's certificates `numbers` on all cores.
    private func sign(_ numbers: Range<Int>, of run: Run) throws -> [(certificate: SignedCertificate, summary: IssuedCertificate)] {
        let signer = self.signer
        let headerPart = Base64URL.encodeBytes(signer.header.bytes) + [46]
        let did = signer.didKey.did
        let (ids, templates, issuer, issuedAt) = (run.ids, run.templates, run.issuer, run.issuedAt)
        return try ConcurrentMap.map(numbers.count, state: { Worker(context: try signer.key.makeContext()) }) { worker, index in
            let number = numbers.lowerBound + index
            let attempt = run.eligible[number]
            let statusIndex = run.statusIndexes[number]
            let templateNumber = run.templateOf[number]
            // The id's 8 random bytes, the code's 10 and the holder code's 10 (80 bits: with it kept
            // off the credential, an IIN guess cannot be tested offline).
            let random = try worker.random.bytes(28)
            let id = ids.id(number, random: random[random.startIndex..<(random.startIndex + 8)])
            let code = HumanCode.make(from: Array(random[(random.startIndex + 8)..<(random.startIndex + 18)]))
            let salt = HumanCode.make(from: Array(random[(random.startIndex + 18)...]))
            let subjectID = "urn:uuid:" + attempt.subjectUUID
            let identityHash = OpenBadgeCredential.holderHash(attempt.iin, salt: salt, published: templateNumber == nil)
            let score = OpenBadgeCredential.scoreText(attempt.score)
            var parts: [UInt8] = []
            if let templateNumber {
                parts = CredentialTemplate.encodedValues(
                    id: id, subjectID: subjectID, learnerName: attempt.fullName, identityHash: identityHash, salt: salt,
                    score: score, statusIndex: statusIndex
                )
                templates[templateNumber].template.fill(encoded: parts, into: &worker.payload)
            } else {
                let course = CourseInfo(courseID: attempt.courseID, version: attempt.version, definition: attempt.definition)
                let claims = OpenBadgeCredential.Claims(
                    id: id, issuer: issuer, issuerDID: did, issuedAt: issuedAt,
                    expiresAt: course.validityDays.map { issuedAt + Int64($0) * 86_400 },
                    subjectID: subjectID, learnerName: attempt.fullName, iin: attempt.iin, salt: salt,
                    publishesSalt: true, course: course, lang: attempt.lang, score: attempt.score, statusIndex: statusIndex
                )
                worker.payload = OpenBadgeCredential.payload(claims).bytes
            }
            var text: [UInt8] = []
            text.reserveCapacity(headerPart.count + worker.payload.count * 4 / 3 + 4 + 87)
            text += headerPart
            worker.payload.withUnsafeBytes { Base64URL.append($0, to: &text) }
            let signature = try worker.context.sign(text)
            text.append(46)
            signature.withUnsafeBytes { Base64URL.append($0, to: &text) }
            parts += signature
            let certificate = SignedCertificate(
                id: id, code: code, learnerID: attempt.learnerID, courseVersionID: attempt.courseVersionID,
                attemptID: attempt.attemptID, statusIndex: statusIndex, text: text,
                compact: templateNumber.map { ($0, parts) }
            )
            let summary = IssuedCertificate(
                id: id, code: code, learner: attempt.fullName, course: attempt.courseID, version: attempt.version,
                score: score, file: nil
            )
            return (certificate, summary)
        }
    }
}
