import Certificates
import Foundation
import SanaCrypto
import SanaStore
import Testing

@Suite struct KeyTests {
    @Test func keygenWritesAProtectedPKCS8FileAndRegistersIt() throws {
        let fixture = try CertificateFixture()
        var info = stat()
        #expect(stat(fixture.keyPath, &info) == 0)
        #expect(Int(info.st_mode) & 0o777 == 0o600)
        #expect(stat((fixture.keyPath as NSString).deletingLastPathComponent, &info) == 0)
        #expect(Int(info.st_mode) & 0o777 == 0o700)
        let pem = try String(contentsOfFile: fixture.keyPath, encoding: .utf8)
        #expect(pem.hasPrefix("-----BEGIN PRIVATE KEY-----"))
        let keys = try SigningKeys(store: fixture.store).list()
        #expect(keys.count == 1)
        #expect(keys[0].notAfter == nil)
        #expect(try fixture.signer().record == keys[0])
        #expect(throws: CertificatesError.signingKeyExists(kid: keys[0].kid)) {
            try SigningKeys(store: fixture.store).generate(at: fixture.test.folder.file("other.pem"))
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.test.folder.file("other.pem")))
    }

    @Test(arguments: [0o640, 0o604, 0o644, 0o660, 0o610])
    func aKeyOthersCanAccessIsRefused(mode: Int) throws {
        let fixture = try CertificateFixture()
        chmod(fixture.keyPath, mode_t(mode))
        let shown = "0" + String(mode, radix: 8)
        #expect(throws: CertificatesError.keyTooOpen(path: fixture.keyPath, mode: shown)) { try fixture.signer() }
        #expect(CertificatesError.keyTooOpen(path: fixture.keyPath, mode: shown).description
            == "private key \(fixture.keyPath) has mode \(shown), so group or others can access it: refusing to use it (run 'chmod 600 \(fixture.keyPath)')")
        chmod(fixture.keyPath, 0o400)
        #expect(throws: Never.self) { try fixture.signer() }
    }

    @Test func aKeyThatIsNotTheRegisteredOneIsRefused() throws {
        let fixture = try CertificateFixture()
        let stranger = fixture.test.folder.file("stranger.pem")
        try KeyFile.write(try Ed25519PrivateKey.generate(), to: stranger)
        let kid = try SigningKeys(store: fixture.store).list()[0].kid
        #expect(throws: CertificatesError.keyMismatch(path: stranger, kid: kid)) {
            try SigningKeys(store: fixture.store).signer(keyPath: stranger)
        }
        try fixture.test.folder.write("junk.pem", "-----BEGIN PRIVATE KEY-----\nnope\n")
        chmod(fixture.test.folder.file("junk.pem"), 0o600)
        #expect(throws: CertificatesError.notAnEd25519Key(path: fixture.test.folder.file("junk.pem"))) {
            try SigningKeys(store: fixture.store).signer(keyPath: fixture.test.folder.file("junk.pem"))
        }
        #expect(throws: CertificatesError.keyFileMissing(path: fixture.test.folder.file("none.pem"))) {
            try SigningKeys(store: fixture.store).signer(keyPath: fixture.test.folder.file("none.pem"))
        }
    }

    @Test func rotationRetiresTheOldKeyWhichThenSignsNothing() throws {
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        let fixture = try CertificateFixture(now: start)
        let old = try SigningKeys(store: fixture.store).list()[0]
        // An operator who escrows keys copies the file before rotating.
        let escrowed = fixture.test.folder.file("escrow.pem")
        try FileManager.default.copyItem(atPath: fixture.keyPath, toPath: escrowed)
        let (retired, current) = try SigningKeys(store: fixture.store).rotate(at: fixture.keyPath, now: start.addingTimeInterval(60))
        #expect(retired.kid == old.kid)
        #expect(retired.notAfter == "2026-11-18 11:07:40.000")
        #expect(current.notBefore == "2026-11-18 11:07:40.000")
        #expect(current.notAfter == nil)
        let keyFolder = (fixture.keyPath as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: keyFolder) == ["signing-key.pem"],
                "a retired private key once stayed on disk, able to sign backdated certificates")
        #expect(throws: CertificatesError.retiredKey(path: escrowed, kid: old.kid, notAfter: "2026-11-18 11:07:40.000")) {
            try SigningKeys(store: fixture.store).signer(keyPath: escrowed)
        }
        #expect(try fixture.signer().record.kid == current.kid)
        let trust = try fixture.trust()
        #expect(trust.keys.map(\.kid) == [old.kid, current.kid])
        #expect(trust.keys[0].notAfter == "2026-11-18T11:07:40Z")
        #expect(trust.keys[1].notAfter == nil)
    }
}
