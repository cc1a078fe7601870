import Certificates
import Foundation
import SanaCrypto
import SanaEncoding
import SanaStore
import Testing

@Suite struct VerifierTests {
    static let issuedAt = Date(timeIntervalSince1970: 1_795_000_000)
    static let later = issuedAt.addingTimeInterval(3600)
    static let iin = "000101300019"

    /// A fixture holding one issued certificate, and a published status list.
    struct Issued {
        let fixture: CertificateFixture
        let id: String
        let jws: String
        let holderCode: String?

        init(validityDays: Int? = nil) throws {
            fixture = try CertificateFixture(validityDays: validityDays, now: VerifierTests.issuedAt.addingTimeInterval(-60))
            try fixture.attempt(learner: try fixture.learner(VerifierTests.iin), score: 88, passed: true)
            id = try #require(try fixture.issue(now: VerifierTests.issuedAt).first).id
            jws = try fixture.credential(id)
            holderCode = try fixture.holderCode(id).map { HumanCode.compact($0) }
        }

        func statusList(publishedAt: Date = VerifierTests.later) throws -> StatusListDocument {
            let published = try StatusListPublisher(store: fixture.store, signer: fixture.signer()).publish(now: publishedAt)
            return StatusListDocument(text: published.jws, trust: try fixture.trust())
        }

        func verify(_ text: String? = nil, trust: TrustList?? = nil, status: StatusListDocument?? = nil, iin: String? = nil, now: Date = VerifierTests.later) throws -> VerificationReport {
            let trustList = try trust ?? fixture.trust()
            let statusList = try status ?? statusList()
            return Verifier(trust: trustList, statusList: statusList, iin: iin, holderCode: holderCode, now: now).verify(text: text ?? jws, file: "c.jwt")
        }
    }

    static func outcomes(_ report: VerificationReport) -> [String: VerificationCheck.Outcome] {
        Dictionary(uniqueKeysWithValues: report.checks.map { ($0.name, $0.outcome) })
    }

    static func failed(_ report: VerificationReport) -> [String] {
        report.checks.filter { $0.outcome == .failed }.map(\.name)
    }

    /// Rebuilds a JWS from parts, keeping the others byte for byte.
    static func parts(_ jws: String) -> [String] {
        jws.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func anIssuedCertificateIsValid() throws {
        let issued = try Issued()
        let report = try issued.verify(iin: Self.iin)
        #expect(report.verdict == .valid, "\(report.checks)")
        #expect(report.checks.map(\.name) == VerificationCheck.names)
        #expect(report.checks.allSatisfy { $0.outcome == .passed })
        #expect(report.summary?.holder == "Серікова Айгерім")
        #expect(report.summary?.score == "88")
    }

    @Test func tamperedPayloadFailsTheSignature() throws {
        let issued = try Issued()
        var parts = Self.parts(issued.jws)
        let payload = Base64URL.decode(parts[1]) ?? []
        let changed = String(decoding: payload, as: UTF8.self).replacingOccurrences(of: "\"value\":\"88\"", with: "\"value\":\"99\"")
        #expect(changed != String(decoding: payload, as: UTF8.self))
        parts[1] = Base64URL.encode(Array(changed.utf8))
        let report = try issued.verify(parts.joined(separator: "."))
        #expect(Self.failed(report) == ["signature"])
        #expect(report.verdict == .invalid)
        #expect(report.summary?.score == "99", "the summary shows what the file claims, the verdict says it is forged")
    }

    @Test func tamperedHeaderFailsTheSignature() throws {
        let issued = try Issued()
        var parts = Self.parts(issued.jws)
        var header = try #require(JSONValue.parse(Base64URL.decode(parts[0]) ?? [])?.objectValue)
        header["cty"] = .string("vc")
        parts[0] = Base64URL.encode(JSONValue.object(header).bytes)
        #expect(Self.failed(try issued.verify(parts.joined(separator: "."))) == ["signature"])
        header["alg"] = .string("none")
        parts[0] = Base64URL.encode(JSONValue.object(header).bytes)
        let none = try issued.verify(parts.joined(separator: "."))
        #expect(Self.failed(none) == ["well-formed"])
        #expect(none.check("well-formed")?.detail == "header alg is none, not EdDSA")
        #expect(none.checks.dropFirst().allSatisfy { $0.outcome == .skipped })
    }

    @Test func tamperedSignatureFailsTheSignature() throws {
        let issued = try Issued()
        var parts = Self.parts(issued.jws)
        var signature = Base64URL.decode(parts[2]) ?? [0]
        signature[0] ^= 0x80
        parts[2] = Base64URL.encode(signature)
        #expect(Self.failed(try issued.verify(parts.joined(separator: "."))) == ["signature"])
        parts[2] = Base64URL.encode(signature.dropLast())
        #expect(Self.failed(try issued.verify(parts.joined(separator: "."))) == ["signature"])
    }

    @Test func swappedKidFailsSignatureAndTrust() throws {
        let issued = try Issued()
        var parts = Self.parts(issued.jws)
        let stranger = DIDKey(publicKey: try Ed25519PrivateKey.generate().publicKey.bytes)
        var header = try #require(JSONValue.parse(Base64URL.decode(parts[0]) ?? [])?.objectValue)
        header["kid"] = .string(stranger.kid)
        parts[0] = Base64URL.encode(JSONValue.object(header).bytes)
        let report = try issued.verify(parts.joined(separator: "."))
        #expect(Self.failed(report) == ["signature", "key trusted"])
        #expect(report.check("key trusted")?.detail == "key \(stranger.kid) is not in the trust file")
    }

    @Test func aCertificateFromAnotherIssuerIsNotTrusted() throws {
        let issued = try Issued()
        let other = try Issued()
        let report = try issued.verify(other.jws, status: .some(nil))
        #expect(report.check("signature")?.outcome == .passed)
        #expect(Self.failed(report) == ["key trusted"])
        #expect(report.verdict == .invalid)
    }

    @Test func aRetiredKeySigningAfterItsRetirementIsCaught() throws {
        let issued = try Issued()
        let keys = SigningKeys(store: issued.fixture.store)
        let oldKey = try KeyFile.load(issued.fixture.keyPath)
        let oldDID = DIDKey(publicKey: oldKey.publicKey.bytes)
        _ = try keys.rotate(at: issued.fixture.keyPath, now: Self.issuedAt.addingTimeInterval(600))
        let trust = try issued.fixture.trust()
        // Signed before retirement: still valid after rotation.
        #expect(try issued.verify(trust: trust, status: .some(nil)).check("key valid when issued")?.outcome == .passed)
        // Signed with the retired key, dated after its retirement.
        var payload = try CompactJWS.parse(issued.jws).payload.objectValue!
        let after = Timestamp.seconds(Self.issuedAt) + 1200
        payload["nbf"] = .integer(after)
        payload["validFrom"] = .string(Timestamp.iso(seconds: after))
        let header: JSONValue = .object(["alg": .string("EdDSA"), "kid": .string(oldDID.kid), "typ": .string("JWT")])
        let forged = try CompactJWS.sign(header: header, payload: .object(payload), key: oldKey)
        let report = try issued.verify(forged, trust: trust, status: .some(nil))
        #expect(Self.failed(report) == ["key valid when issued"])
        #expect(report.check("key valid when issued")?.detail == "issued 2026-11-18T11:26:40Z, after the key was retired (2026-11-18T11:16:40Z)")
    }

    @Test func aRevokedCertificateFailsOnceTheStatusListSaysSo() throws {
        let issued = try Issued()
        let before = try issued.statusList()
        #expect(try issued.verify(status: before).check("not revoked")?.outcome == .passed)
        _ = try Revocations(store: issued.fixture.store).revoke(issued.id, reason: "exam misconduct", actor: "registrar")
        let after = try issued.statusList()
        let report = try issued.verify(status: after)
        #expect(Self.failed(report) == ["not revoked"])
        let index = try #require(report.summary?.statusListIndex)
        #expect(report.check("not revoked")?.detail == "revoked: status list index \(index) is set (status list of 2026-11-18T12:06:40Z)")
        let stored = try #require(try Revocations(store: issued.fixture.store).revocation(of: issued.id))
        #expect(stored.reason == "exam misconduct" && stored.actor == "registrar")
        #expect(throws: CertificatesError.alreadyRevoked(id: issued.id)) {
            try Revocations(store: issued.fixture.store).revoke(issued.id, reason: "again")
        }
        #expect(try issued.fixture.store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM certificate") } == 1, "revocation never deletes")
    }

    @Test func datesAreChecked() throws {
        let issued = try Issued(validityDays: 30)
        let early = try issued.verify(now: Self.issuedAt.addingTimeInterval(-1))
        #expect(Self.failed(early) == ["dates"])
        #expect(early.check("dates")?.detail == "not valid yet: valid from 2026-11-18T11:06:40Z, now is 2026-11-18T11:06:39Z")
        let expired = try issued.verify(now: Self.issuedAt.addingTimeInterval(30 * 86_400))
        #expect(Self.failed(expired) == ["dates"])
        #expect(expired.check("dates")?.detail == "expired on 2026-12-18T11:06:40Z, now is 2026-12-18T11:06:40Z")
        let lastSecond = Self.issuedAt.addingTimeInterval(30 * 86_400 - 1)
        #expect(try issued.verify(status: .some(try issued.statusList(publishedAt: lastSecond.addingTimeInterval(-60))), now: lastSecond).verdict == .valid)
    }

    @Test func theIINIsCheckedAgainstTheHash() throws {
        let issued = try Issued()
        let wrong = try issued.verify(iin: "850514350017")
        #expect(Self.failed(wrong) == ["identity"])
        #expect(wrong.check("identity")?.detail == "the IIN given is not the holder's")
        #expect(try issued.verify(iin: Self.iin).check("identity")?.outcome == .passed)
        #expect(try issued.verify().check("identity") == nil, "no --iin, no identity line")
    }

    @Test func withoutTrustOrStatusTheVerdictIsUndecided() throws {
        let issued = try Issued()
        let noTrust = try issued.verify(trust: .some(nil), status: .some(nil))
        #expect(noTrust.verdict == .undecided)
        #expect(noTrust.check("signature")?.outcome == .passed)
        #expect(noTrust.check("key trusted")?.outcome == .undecided)
        let noStatus = try issued.verify(status: .some(nil))
        #expect(noStatus.verdict == .undecided)
        #expect(noStatus.check("not revoked")?.detail == "the certificate names status list https://aisana.example.kz/credentials/status/revocation but none was given (--status FILE): cannot tell whether it is revoked")
        #expect(noStatus.verdict.exitCode == 2)
    }

    @Test func aStatusListFromAnotherKeyIsNotBelieved() throws {
        let issued = try Issued()
        let other = try Issued()
        _ = try Revocations(store: other.fixture.store).revoke(other.id, reason: "x")
        let foreign = try StatusListPublisher(store: other.fixture.store, signer: other.fixture.signer()).publish(now: Self.later)
        let document = StatusListDocument(text: foreign.jws, trust: try issued.fixture.trust())
        let report = try issued.verify(status: document)
        #expect(report.verdict == .undecided)
        #expect(report.check("not revoked")?.detail.hasSuffix("which is not in the trust file") == true)
        let garbage = StatusListDocument(text: "nope", trust: try issued.fixture.trust())
        #expect(try issued.verify(status: garbage).check("not revoked")?.outcome == .undecided)
    }

    @Test func notAJWSIsMalformed() throws {
        let issued = try Issued()
        let report = try issued.verify("hello")
        #expect(Self.failed(report) == ["well-formed"])
        #expect(report.check("well-formed")?.detail == "a compact JWS has 3 parts separated by '.', this has 1")
        #expect(report.verdict.exitCode == 1)
    }
}
