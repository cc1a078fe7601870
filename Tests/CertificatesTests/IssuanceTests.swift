import Certificates
import Foundation
import GRDB
import SanaCrypto
import SanaEncoding
import SanaStore
import Testing

@Suite struct IssuanceTests {
    @Test func issuesOnePerLearnerFromTheBestPassedAttemptAndNeverTwice() throws {
        let fixture = try CertificateFixture()
        let aigerim = try fixture.learner("000101300019")
        try fixture.attempt(learner: aigerim, score: 75, passed: true)
        try fixture.attempt(learner: aigerim, score: 92.5, passed: true)
        try fixture.attempt(learner: aigerim, score: 40, passed: false)
        let failed = try fixture.learner("850514350017", first: "Данияр", last: "Ахметов")
        try fixture.attempt(learner: failed, score: 55, passed: false)
        let open = try fixture.learner("030303600019", first: "Мадина", last: "Жумабаева")
        try fixture.attempt(learner: open, score: nil, passed: false)

        let issued = try fixture.issue()
        #expect(issued.count == 1)
        #expect(issued.first?.learner == "Серікова Айгерім")
        #expect(issued.first?.score == "92.5")
        #expect(try fixture.issue().isEmpty, "a second run issues nothing")
        #expect(try fixture.issue(learnerIIN: "000101300019").isEmpty)
        let bestAttempt = try fixture.store.read { try Double.fetchOne($0, sql: "SELECT a.score FROM certificate c JOIN attempt a ON a.id = c.attempt_id") }
        #expect(bestAttempt == 92.5)
    }

    @Test func credentialIsAnOpenBadgeWithAHashedIIN() throws {
        let fixture = try CertificateFixture()
        let id = try fixture.learner("000101300019")
        try fixture.attempt(learner: id, score: 88, passed: true, lang: "ru")
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let cert = try #require(try fixture.issue(now: now).first)
        let jwsText = try fixture.credential(cert.id)
        #expect(!jwsText.contains("000101300019"))
        let jws = try CompactJWS.parse(jwsText)
        // The fast template path writes exactly the canonical serialization (sorted keys, no spaces).
        let rawPayload = Base64URL.decode(jwsText.split(separator: ".")[1].utf8) ?? []
        #expect(jws.payload.bytes == rawPayload)
        #expect(jws.header == .object(["alg": .string("EdDSA"), "kid": .string(try fixture.signer().didKey.kid), "typ": .string("JWT")]))
        let payload = jws.payload
        #expect(!payload.text.contains("000101300019"), "the IIN never appears in clear")
        #expect(payload["@context"]?.stringList == [OpenBadgeCredential.vcContext, OpenBadgeCredential.obContext])
        #expect(payload["type"]?.stringList == ["VerifiableCredential", "OpenBadgeCredential"])
        #expect(payload["id"]?.stringValue == cert.id)
        #expect(payload["jti"]?.stringValue == cert.id)
        let did = try fixture.signer().didKey.did
        #expect(payload["issuer"]?["id"]?.stringValue == did)
        #expect(payload["iss"]?.stringValue == did)
        #expect(payload["issuer"]?["name"]?.stringValue == "AI-Sana")
        #expect(payload["validFrom"]?.stringValue == "2026-11-18T11:06:40Z")
        #expect(payload["nbf"]?.integerValue == 1_795_000_000)
        #expect(payload["exp"] == nil && payload["validUntil"] == nil)
        let subject = try #require(payload["credentialSubject"])
        let subjectUUID = try fixture.store.read { try String.fetchOne($0, sql: "SELECT subject_uuid FROM learner WHERE id = ?", arguments: [id]) }
        #expect(subject["id"]?.stringValue == "urn:uuid:" + (subjectUUID ?? "?"))
        #expect(payload["sub"] == subject["id"])
        #expect(subject["type"]?.stringList == ["AchievementSubject"])
        let identifiers = try #require(subject["identifier"]?.arrayValue)
        #expect(identifiers[0]["identityHash"]?.stringValue == "Серікова Айгерім")
        #expect(identifiers[1]["salt"] == nil, "the salt is the holder code, kept off the credential: with it an IIN guess is tested offline")
        let holderCode = try #require(try fixture.store.read { try CertificateRecord.find($0, idOrCode: cert.id) }.holderCode)
        #expect(HumanCode.normalize(holderCode) == holderCode)
        #expect(identifiers[1]["identityHash"]?.stringValue == "sha256$" + SHA256.hex(of: Array(("000101300019" + holderCode.replacingOccurrences(of: "-", with: "")).utf8)),
                "the hash takes the holder code as a verifier's page reads it: upper case, no hyphens")
        #expect(identifiers[1]["hashed"]?.boolValue == true)
        let achievement = try #require(subject["achievement"])
        #expect(achievement["name"]?.stringValue == "Основы искусственного интеллекта")
        #expect(achievement["description"]?.stringValue == CertificateFixture.shipped.description[.ru])
        #expect(achievement["criteria"]?["narrative"]?.stringValue
            == "Сдал(а) итоговый экзамен курса «Основы искусственного интеллекта» с результатом не ниже 70% (ai-foundations, версия 1).",
            "the pass mark was once read from a key Courses never wrote, and never stated")
        #expect(achievement["resultDescription"]?.arrayValue?.first?["requiredValue"]?.stringValue == "70")
        #expect(subject["result"]?.arrayValue?.first?["value"]?.stringValue == "88")
        #expect(payload["credentialStatus"]?["statusListCredential"]?.stringValue == "https://aisana.example.kz/credentials/status/revocation")
        let stored = try fixture.store.read { try CertificateRecord.find($0, idOrCode: cert.id) }
        #expect(payload["credentialStatus"]?["statusListIndex"]?.stringValue == String(stored.statusIndex))
        #expect(HumanCode.normalize(cert.code) == cert.code)
    }

    @Test func courseValiditySetsExp() throws {
        let fixture = try CertificateFixture(validityDays: 365)
        try fixture.attempt(learner: try fixture.learner("000101300019"), score: 90, passed: true)
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let cert = try #require(try fixture.issue(now: now).first)
        let payload = try CompactJWS.parse(try fixture.credential(cert.id)).payload
        #expect(payload["exp"]?.integerValue == Int64(1_795_000_000 + 365 * 86_400))
        #expect(payload["validUntil"]?.stringValue == "2027-11-18T11:06:40Z")
    }

    @Test func definitionWithoutTitlesFallsBackToTheCourseID() throws {
        let info = CourseInfo(courseID: "ai-basics", version: 2, definition: #"{"id":"ai-basics"}"#)
        #expect(info.title(lang: "kk") == "ai-basics")
        #expect(info.description(lang: "kk") == "ai-basics")
        #expect(CourseInfo(courseID: "x", version: 1, definition: "not json").title(lang: "en") == "x")
        #expect(CourseInfo(courseID: "x", version: 1, definition: try CertificateFixture.shipped.storedJSON()).passMark == 70)
    }

    @Test func statusIndexesAreDistinctAndRandom() throws {
        let fixture = try CertificateFixture()
        for n in 0..<40 {
            let iin = IINMaker.valid(serial: n)
            try fixture.attempt(learner: try fixture.learner(iin), score: 80, passed: true)
        }
        #expect(try fixture.issue().count == 40)
        let indexes = try fixture.store.read { try Int.fetchAll($0, sql: "SELECT status_index FROM certificate") }
        #expect(Set(indexes).count == 40)
        #expect(indexes.allSatisfy { $0 >= 0 && $0 < 131_072 })
        #expect(indexes.max()! > 1000, "indexes are drawn from the whole list, not counted up")
    }

    @Test func learnerErrorsNameTheValue() throws {
        let fixture = try CertificateFixture()
        try fixture.learner("000101300019")
        #expect(throws: CertificatesError.notEligible(iin: "000101300019", course: "ai-foundations")) {
            try fixture.issue(learnerIIN: "000101300019")
        }
        #expect(throws: CertificatesError.learnerNotFound(iin: "850514350017")) {
            try fixture.issue(learnerIIN: "850514350017")
        }
        #expect(throws: CertificatesError.invalidIIN("IIN 000101300016 is not valid: its check digit does not match; check it against the person's ID card")) {
            try fixture.issue(learnerIIN: "000101300016")
        }
        #expect(throws: CertificatesError.unknownCourse("ai-basics")) {
            try Issuance(store: fixture.store, signer: fixture.signer()).issue(course: "ai-basics", learnerIIN: nil, outDir: nil)
        }
    }
}
