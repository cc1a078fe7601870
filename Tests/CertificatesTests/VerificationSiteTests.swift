import Certificates
import Foundation
import SanaStore
import SanaTestSupport
import Testing

/// The verification site's files: where certificates go, what each file holds, and that
/// publishing again writes only what changed.
@Suite struct VerificationSiteTests {
    static let learners = 40

    /// A store with `learners` certificates issued at `issuedAt`.
    static func fixture(issuedAt: Date) throws -> CertificateFixture {
        let fixture = try CertificateFixture(now: issuedAt.addingTimeInterval(-60))
        for serial in 0..<learners {
            let learner = try fixture.learner(IINMaker.valid(serial: serial))
            try fixture.attempt(learner: learner, score: 90, passed: true)
        }
        #expect(try fixture.issue(now: issuedAt).count == learners)
        return fixture
    }

    static func files(in folder: String) throws -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + $0, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }

    @Test func addressesAreShardedByTheCodesFirstTwoCharacters() throws {
        #expect(VerificationSiteAddress.certificate("Z1D2-A615-R8WA-KVQY-Q") == "c/Z1/Z1D2-A615-R8WA-KVQY-Q.jwt")
        #expect(VerificationSiteAddress.script("Z1D2-A615-R8WA-KVQY-Q") == "c/Z1/Z1D2-A615-R8WA-KVQY-Q.js")
        // Codes are random: 100,000 of them spread over the 1,024 folders, none much fuller than the
        // average (~98).
        var counts: [String: Int] = [:]
        for _ in 0..<100_000 { counts[VerificationSiteAddress.folder(of: try HumanCode.generate()), default: 0] += 1 }
        #expect(counts.count == 1024)
        #expect(counts.values.max()! < 160, "\(counts.values.max()!)")
    }

    @Test func publishWritesEachCertificateAndItsScriptThenNothingAgain() throws {
        let issuedAt = Date(timeIntervalSince1970: 1_790_000_000)
        let fixture = try Self.fixture(issuedAt: issuedAt)
        let folder = TemporaryFolder()
        let site = VerificationSite(store: fixture.store, signer: try fixture.signer())
        let first = try site.publish(to: folder.file("site"), now: issuedAt.addingTimeInterval(10))
        #expect(first.certificates == Self.learners && first.certificatesWritten == Self.learners && first.certificatesUnchanged == 0)
        #expect(first.otherFilesUnchanged == 0)

        let files = try Self.files(in: folder.file("site"))
        let certificates = files.filter { $0.hasPrefix("c/") && $0.hasSuffix(".jwt") }
        #expect(certificates.count == Self.learners)
        #expect(files.filter { $0.hasPrefix("c/") && $0.hasSuffix(".js") }.count == Self.learners)
        for name in ["index.html", "verify.js", "verify-texts.js", "verify.css", "favicon.svg", "trust.json", "trust.js", "status.jwt", "status.js",
                     "credentials/status/revocation", "c/index.html"] {
            #expect(files.contains(name), "\(name)")
        }
        let codes = certificates.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
        for code in codes {
            let stored = try fixture.credential(code)
            #expect(try String(contentsOfFile: folder.file("site/" + VerificationSiteAddress.certificate(code)), encoding: .utf8) == stored + "\n")
            #expect(try String(contentsOfFile: folder.file("site/" + VerificationSiteAddress.script(code)), encoding: .utf8)
                == "sanaCertificate(\"\(code)\", \"\(stored)\");\n")
            #expect(files.contains(VerificationSiteAddress.folder(of: code) + "/index.html"), "a placeholder instead of a listing")
        }
        // Nothing outside a certificate's own files names its code: no index to enumerate holders.
        for name in files where !name.hasPrefix("c/") || name.hasSuffix("index.html") {
            let text = try String(contentsOfFile: folder.file("site/" + name), encoding: .utf8)
            #expect(!codes.contains { text.contains($0) }, "\(name) names a code")
        }
        // The status list as `sana cert status-list` writes it, in both places.
        let status = try String(contentsOfFile: folder.file("site/status.jwt"), encoding: .utf8)
        #expect(try String(contentsOfFile: folder.file("site/credentials/status/revocation"), encoding: .utf8) == status)
        let document = StatusListDocument(text: status, trust: try fixture.trust())
        #expect(document.problem == nil && document.url == "https://aisana.example.kz/credentials/status/revocation")

        // The same second again: the same bytes, nothing written.
        let same = try site.publish(to: folder.file("site"), now: issuedAt.addingTimeInterval(10))
        #expect(same.certificatesWritten == 0 && same.certificatesUnchanged == Self.learners)
        #expect(same.otherFilesWritten == 0 && same.otherFilesUnchanged == first.otherFilesWritten)
        // A minute later: a new status list and trust file's date, the certificates untouched.
        let later = try site.publish(to: folder.file("site"), now: issuedAt.addingTimeInterval(70))
        #expect(later.certificatesWritten == 0)
        #expect(later.otherFilesWritten == 5, "trust.json, trust.js, status.jwt, status.js, credentials/status/revocation")
        #expect(try Self.files(in: folder.file("site")) == files, "no temporary file is left")
    }

    @Test func theDataScriptsHandOverExactlyTheDataFilesText() throws {
        let issuedAt = Date(timeIntervalSince1970: 1_790_000_000)
        let fixture = try Self.fixture(issuedAt: issuedAt)
        let folder = TemporaryFolder()
        let published = try VerificationSite(store: fixture.store, signer: try fixture.signer()).publish(to: folder.path, now: issuedAt)
        for (script, function, data) in [("trust.js", "sanaTrust", "trust.json"), ("status.js", "sanaStatusList", "status.jwt")] {
            let text = try String(contentsOfFile: folder.file(script), encoding: .utf8)
            #expect(text.hasPrefix(function + "(") && text.hasSuffix(");\n"))
            let literal = text.dropFirst(function.count + 1).dropLast(3)
            let handed = try JSONDecoder().decode(String.self, from: Data(literal.utf8))
            let file = try String(contentsOfFile: folder.file(data), encoding: .utf8)
            #expect(handed == file || handed + "\n" == file, "\(script)")
        }
        let trust = try TrustList.load(path: folder.file("trust.json"))
        #expect(trust.keys.count == published.keys)
        // Republish before the status list's validUntil (7 days after its validFrom when it has none).
        #expect(Timestamp.seconds(from: published.statusListValidUntil)! > Timestamp.seconds(from: published.statusListValidFrom)!)
        #expect(published.statusListValidFrom == Timestamp.iso(seconds: Timestamp.seconds(issuedAt)))
    }

    @Test func aDamagedFileIsWrittenAgainAndALinkInItsPlaceRefused() throws {
        let issuedAt = Date(timeIntervalSince1970: 1_790_000_000)
        let fixture = try Self.fixture(issuedAt: issuedAt)
        let folder = TemporaryFolder()
        let site = VerificationSite(store: fixture.store, signer: try fixture.signer())
        _ = try site.publish(to: folder.path, now: issuedAt)
        let certificate = try #require(try Self.files(in: folder.path).first { $0.hasSuffix(".jwt") && $0.hasPrefix("c/") })
        let original = try Data(contentsOf: URL(fileURLWithPath: folder.file(certificate)))
        try folder.write(certificate, "eyJ.truncated")
        let again = try site.publish(to: folder.path, now: issuedAt)
        #expect(again.certificatesWritten == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file(certificate))) == original)
        var info = stat()
        #expect(stat(folder.file(certificate), &info) == 0 && info.st_mode & 0o777 == 0o644, "served by a web server")
        #expect(stat(folder.file((certificate as NSString).deletingLastPathComponent), &info) == 0 && info.st_mode & 0o777 == 0o755)

        try FileManager.default.removeItem(atPath: folder.file(certificate))
        try FileManager.default.createSymbolicLink(atPath: folder.file(certificate), withDestinationPath: "/etc/hostname")
        #expect(throws: CertificatesError.self) { try site.publish(to: folder.path, now: issuedAt) }
        #expect(try String(contentsOfFile: "/etc/hostname", encoding: .utf8).isEmpty == false, "the link's target is untouched")
    }

    @Test func aFileWhereTheSitesFolderShouldBeIsRefused() throws {
        let fixture = try CertificateFixture()
        let folder = TemporaryFolder()
        try folder.write("site", "not a folder")
        #expect(throws: CertificatesError.cannotWrite(path: folder.file("site"), reason: "it exists and is not a folder")) {
            try VerificationSite(store: fixture.store, signer: try fixture.signer()).publish(to: folder.file("site"))
        }
    }
}
