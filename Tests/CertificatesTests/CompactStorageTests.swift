@testable import Certificates
import Foundation
import GRDB
import SanaConcurrency
import SanaEncoding
import SanaStore
import SanaTestSupport
import Testing

/// The store keeps a bulk-issued credential as its run's template and the certificate's parts
/// (schema/0002_compact_credentials.sql); what comes back must be the issued text, byte for byte.
@Suite struct CompactStorageTests {
    /// Issues to `count` learners with `--out`; returns the fixture, what was issued and the folder.
    func issue(_ count: Int, names: [String] = []) throws -> (CertificateFixture, [IssuedCertificate], TemporaryFolder) {
        let fixture = try CertificateFixture()
        for n in 0..<count {
            let name = n < names.count ? names[n] : "Айгерім"
            try fixture.attempt(learner: try fixture.learner(IINMaker.valid(serial: n), first: name), score: 70 + Double(n % 31), passed: true, lang: ["kk", "ru", "en"][n % 3])
        }
        let out = TemporaryFolder()
        let issued = try Issuance(store: fixture.store, signer: fixture.signer())
            .issue(course: "ai-foundations", learnerIIN: nil, outDir: out.file("certs"))
        return (fixture, issued, out)
    }

    @Test func storedCredentialIsTheIssuedFileByteForByteByIdAndByCode() throws {
        let names = ["Quote \" and back\\slash", "Tab\there, new\nline", "Ақмарал 😀", "\u{1}control"]
        let (fixture, issued, folder) = try issue(40, names: names)
        defer { withExtendedLifetime(folder) {} }
        #expect(issued.count == 40)
        for cert in issued {
            let path = try #require(cert.file)
            let file = try #require(FileManager.default.contents(atPath: path))
            let byID = try fixture.store.read { try CertificateRecord.find($0, idOrCode: cert.id) }
            let byCode = try fixture.store.read { try CertificateRecord.find($0, idOrCode: cert.code.lowercased().replacingOccurrences(of: "-", with: " ")) }
            #expect(Array((byID.credential + "\n").utf8) == Array(file))
            #expect(byCode == byID)
            #expect(byID.code == cert.code)
            #expect(try CompactJWS.parse(byID.credential).payload["id"]?.stringValue == cert.id)
        }
        let holders = try issued.prefix(4).map { cert in
            try fixture.store.read { try CertificateRecord.find($0, idOrCode: cert.id) }
        }.map { try CompactJWS.parse($0.credential).payload["credentialSubject"]?["identifier"]?.arrayValue?.first?["identityHash"]?.stringValue }
        #expect(holders == names.map { "Серікова " + $0 }, "escaped names come back as they were signed")
    }

    @Test func storeKeepsOneTemplatePerLanguageAndCompactParts() throws {
        let (fixture, issued, _) = try issue(12)
        let rows = try fixture.store.read { db in
            try Row.fetchAll(db, sql: "SELECT credential, template_id, length(credential_parts) AS parts FROM certificate")
        }
        #expect(rows.count == issued.count)
        for row in rows {
            #expect(row["credential"] as String? == nil)
            #expect(row["template_id"] as Int64? != nil)
            let parts: Int = row["parts"]
            #expect(parts > 64 && parts < 600, "about 300 bytes instead of a 2.5 KB credential")
        }
        let templates = try fixture.store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM credential_template") }
        #expect(templates == 3, "one per language of the run")
    }

    @Test func certificatesFromBeforeTheMigrationKeepTheirFullTextAndRevocations() throws {
        let folder = TemporaryFolder()
        let path = folder.file("sana.db")
        let initial = Migrator(migrations: Migration.all.filter { $0.name == "0001_initial.sql" })
        let old = try Store.initialize(at: path, migrator: initial).store
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO course (id, created_at) VALUES ('ai-foundations', 'x');
                INSERT INTO course_version (id, course_id, version, content_sha256, definition, loaded_at)
                VALUES (1, 'ai-foundations', 1, printf('%064d', 1), '{}', 'x');
                INSERT INTO learner (id, iin, last_name, first_name, locale, subject_uuid, created_at, updated_at)
                VALUES (1, '000101300019', 'Серікова', 'Айгерім', 'kk', printf('%036d', 1), 'x', 'x');
                INSERT INTO attempt (id, learner_id, course_version_id, lang, seed, started_at, deadline, submitted_at, submitted_by, score, passed)
                VALUES (1, 1, 1, 'kk', 1, 'x', 'x', 'x', 'learner', 80, 1);
                INSERT INTO signing_key (kid, public_key, not_before, created_at) VALUES ('did:key:k#k', zeroblob(32), 'x', 'x');
                INSERT INTO certificate (id, code, learner_id, course_version_id, attempt_id, issued_at, kid, status_index, credential)
                VALUES ('urn:uuid:1', '0000-0000-0000-0000-0', 1, 1, 1, 'x', 'did:key:k#k', 5, 'eyJh.eyJi.c2ln');
                INSERT INTO revocation (certificate_id, reason, actor, at) VALUES ('urn:uuid:1', 'lost', 'registrar', 'x');
                """)
        }
        let (store, applied) = try Store.initialize(at: path)
        #expect(applied.map(\.name) == Migration.all.dropFirst().map(\.name))
        #expect(applied.first?.name == "0002_compact_credentials.sql")
        let record = try store.read { try CertificateRecord.find($0, idOrCode: "urn:uuid:1") }
        #expect(record.credential == "eyJh.eyJi.c2ln")
        #expect(record.statusIndex == 5)
        #expect(try store.read { try String.fetchOne($0, sql: "SELECT reason FROM revocation WHERE certificate_id = 'urn:uuid:1'") } == "lost")
        #expect(try store.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)
        #expect(throws: (any Error).self, "revocation still refers to certificate") {
            try store.write { try $0.execute(sql: "INSERT INTO revocation (certificate_id, reason, actor, at) VALUES ('urn:uuid:2', 'x', 'y', 'z')") }
        }
    }

    @Test func damagedPartsAreReportedNotGuessed() throws {
        let (fixture, issued, _) = try issue(1)
        let id = try #require(issued.first?.id)
        let damaged = Data([7, 1] + [UInt8](repeating: 0, count: 70))
        try fixture.store.write { try $0.execute(sql: "UPDATE certificate SET credential_parts = ? WHERE id = ?", arguments: [damaged, id]) }
        #expect(throws: CertificatesError.damagedCredential(id: id)) {
            try fixture.store.read { try CertificateRecord.find($0, idOrCode: id) }
        }
        #expect(CertificatesError.damagedCredential(id: id).description == "the stored credential of certificate \(id) cannot be rebuilt: its template or parts are damaged")
    }

    @Test func credentialPartsRoundTripAndRefuseBadEncodings() {
        let parts = CredentialParts(values: [Array("urn:uuid:x".utf8), [], Array(repeating: 65, count: 300)], signature: Array(0..<64))
        let encoded = parts.encoded
        #expect(encoded[0] == 3)
        #expect(CredentialParts(encoded: encoded) == parts)
        #expect(CredentialParts(encoded: []) == nil)
        #expect(CredentialParts(encoded: Array(encoded.dropLast())) == nil, "the signature is 64 bytes")
        #expect(CredentialParts(encoded: encoded + [0]) == nil)
        #expect(CredentialParts(encoded: [1, 0xff, 0xff, 0xff, 0xff, 0x7f] + Array(repeating: 0, count: 64)) == nil, "a length past the end")
    }

    @Test func templateFilledFromItsStoredTextGivesTheSamePayload() throws {
        let course = CourseInfo(courseID: "ai-foundations", version: 1, definition: CertificateFixture.definition)
        let template = try #require(CredentialTemplate(
            issuer: IssuerProfile(name: "AI-Sana", url: "https://aisana.example.kz"), issuerDID: "did:key:z6Mk",
            issuedAt: 1_795_000_000, expiresAt: nil, course: course, lang: "ru"
        ))
        let stored = try #require(CredentialTemplate(marked: template.marked))
        let values = CredentialTemplate.values(
            id: "urn:uuid:1", subjectID: "urn:uuid:2", learnerName: "A \"B\"", identityHash: "sha256$00", salt: "ab",
            score: "92.5", statusIndex: 1234
        )
        #expect(stored.fill(values) == template.fill(values))
        let payload = try #require(JSONValue.parse(template.fill(values)))
        #expect(payload["credentialStatus"]?["statusListIndex"]?.stringValue == "1234")
        #expect(CredentialTemplate(marked: Array("{\"a\":1}".utf8)) == nil, "a text without every hole is no template")
    }

    @Test func valuesEncodedInOneBufferMatchTheParts() throws {
        let course = CourseInfo(courseID: "ai-foundations", version: 1, definition: CertificateFixture.definition)
        let template = try #require(CredentialTemplate(
            issuer: IssuerProfile(name: "AI-Sana", url: "https://aisana.example.kz"), issuerDID: "did:key:z6Mk",
            issuedAt: 1_795_000_000, expiresAt: nil, course: course, lang: "en"
        ))
        for name in ["Айгерім", String(repeating: "\"Қ\" ", count: 40)] {
            let fields = (id: "urn:uuid:1", subjectID: "urn:uuid:2", name: name, hash: "sha256$ff", salt: "00", score: "70", index: 131_071)
            let values = CredentialTemplate.values(
                id: fields.id, subjectID: fields.subjectID, learnerName: fields.name, identityHash: fields.hash,
                salt: fields.salt, score: fields.score, statusIndex: fields.index
            )
            let encoded = CredentialTemplate.encodedValues(
                id: fields.id, subjectID: fields.subjectID, learnerName: fields.name, identityHash: fields.hash,
                salt: fields.salt, score: fields.score, statusIndex: fields.index
            )
            let signature = [UInt8](repeating: 9, count: 64)
            #expect(encoded + signature == CredentialParts(values: values, signature: signature).encoded)
            var payload: [UInt8] = [1, 2, 3]
            #expect(template.fill(encoded: encoded + signature, into: &payload))
            #expect(payload == template.fill(values))
        }
        var payload: [UInt8] = []
        #expect(!template.fill(encoded: [7, 200], into: &payload), "a length past the end")
    }

    @Test func idsIncreaseInIssueOrderAndAreVersion7() {
        let ids = CertificateIDs(now: Date(timeIntervalSince1970: 1_795_000_000))
        let random = ArraySlice([UInt8](repeating: 0xff, count: 8))
        let made = (0..<10_000).map { ids.id($0, random: random) }
        #expect(made == made.sorted())
        #expect(Set(made).count == made.count)
        #expect(made[0] == "urn:uuid:01a1ee56-5e00-7000-bfff-ffffffffffff")
        #expect(made[4095] == "urn:uuid:01a1ee56-5e00-7fff-bfff-ffffffffffff")
        #expect(made[4096] == "urn:uuid:01a1ee56-5e01-7000-bfff-ffffffffffff", "the counter runs over into the next millisecond")
        for id in made.prefix(3) {
            #expect(id.count == 45)
            #expect(UUID(uuidString: String(id.dropFirst(9))) != nil)
        }
    }

    @Test func statusIndexesDrawnInBulkAreDistinctAndAvoidTheUsedOnes() throws {
        var pool = StatusIndexPool(used: [1, 2, 3], upcoming: 100_000)
        let drawn = try pool.draw(100_000)
        #expect(drawn.count == 100_000)
        #expect(Set(drawn).count == 100_000)
        #expect(drawn.allSatisfy { $0 >= 0 && $0 < pool.capacity && ![1, 2, 3].contains($0) })
        #expect(pool.capacity == 262_144)
        var full = StatusIndexPool(used: [], upcoming: 0)
        #expect(throws: CertificatesError.statusListFull(capacity: 131_072)) { try full.draw(131_073) }
    }

    @Test func concurrentMapKeepsOrderWhateverThreadTakesABatch() throws {
        let squares = try ConcurrentMap.map(10_000, workers: 4, batch: 7, state: { () }) { _, index in index * index }
        #expect(squares == (0..<10_000).map { $0 * $0 })
        #expect(try ConcurrentMap.map(0) { $0 }.isEmpty)
        #expect(throws: CertificatesError.emptyReason) {
            try ConcurrentMap.map(1000) { index in
                if index == 500 { throw CertificatesError.emptyReason }
                return index
            }
        }
    }

    @Test func base64AppendMatchesTheReferenceEncoding() {
        for length in [0, 1, 2, 3, 4, 5, 2400, 2401, 2402] {
            let bytes = (0..<length).map { UInt8(($0 * 131 + 7) & 0xff) }
            var out = Array("head.".utf8)
            bytes.withUnsafeBytes { Base64URL.append($0, to: &out) }
            // The padded standard alphabet (PEM) takes the byte-at-a-time path: an independent reference.
            let reference = Base64URL.standard(bytes).filter { $0 != "\n" && $0 != "=" }
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            #expect(out == Array("head.".utf8) + Array(reference.utf8))
            #expect(Base64URL.encode(bytes) == reference)
            #expect(Base64URL.decode(Array(out.dropFirst(5))) == bytes)
        }
    }
}
