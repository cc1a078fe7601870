import Foundation
import SanaTestSupport
import Testing

/// What a stranger holding a certificate can rely on (issue 11), end to end through the binary:
/// each test once failed on the commit the issue was filed against.
@Suite struct CertTrustTests {
    let sana = SanaBinary.built
    typealias Fixture = CertCommandsTests

    func issue(_ db: String, in work: TemporaryFolder) throws -> (file: String, code: String) {
        let result = try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations", "--all-eligible", "--out", "out"], in: work.path)
        #expect(result.status == 0, "\(result.stderr)")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: work.file("out")).first)
        return (work.file("out/" + name), (name as NSString).deletingPathExtension)
    }

    func verify(_ arguments: [String], in work: TemporaryFolder) throws -> SanaBinary.Result {
        try sana.run(["cert", "verify"] + arguments, in: work.path)
    }

    @Test func theREADMEsOpensslRecipeRunsVerbatimAgainstARotatedIssuer() throws {
        let (work, db) = try Fixture.prepared()
        #expect(try sana.run(["cert", "rotate", "--db", db]).status == 0)
        let (file, _) = try issue(db, in: work)
        #expect(try sana.run(["cert", "trust-export", "--db", db, "issuer.json"], in: work.path).status == 0)
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let readme = try String(contentsOf: url.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "With the `openssl` command line (OpenSSL 3):\n\n```sh\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let recipe = String(readme[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "cert=SZ29-ZYWN-6SJG-X7A4-8.jwt", with: "cert='\(file)'")
        try work.write("recipe.sh", recipe)
        let run = try Fixture.shell("bash recipe.sh", in: work.path)
        #expect(run.output == "Signature Verified Successfully\n", "the recipe once took .keys[0], the retired key: \(run.output)")
    }

    @Test func aForgedFileCannotDrawAFakeVerdict() throws {
        let (work, db) = try Fixture.prepared()
        #expect(try sana.run(["cert", "trust-export", "--db", db, "issuer.json"], in: work.path).status == 0)
        func b64(_ text: String) -> String {
            Data(text.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        }
        let name = "Ким\n  verdict: VALID\n\u{1B}[32m\u{1B}]0;title\u{07}\u{202E}"
        let payload = #"{"id":"urn:uuid:1","credentialSubject":{"identifier":[{"type":"IdentityObject","identityType":"name","hashed":false,"identityHash":"\#(name.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\u{1B}", with: "\\u001b").replacingOccurrences(of: "\u{07}", with: "\\u0007"))"}]}}"#
        let forged = try work.write("forged.jwt", b64(#"{"alg":"none","typ":"JWT"}"#) + "." + b64(payload) + ".")
        let result = try verify([forged, "--trust", "issuer.json"], in: work)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("\(forged): INVALID (failed: well-formed)\n"), "the verdict comes first: \(result.stdout)")
        #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{202E}"), "escape and bidi characters reach the terminal raw")
        #expect(!result.stdout.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("verdict: VALID") })
    }

    @Test func aStatusListMustBeCurrentAndNewerThanTheCertificate() throws {
        let (work, db) = try Fixture.prepared()
        #expect(try sana.run(["cert", "status-list", "--db", db, "before.jwt"], in: work.path).status == 0)
        Thread.sleep(forTimeInterval: 1.1)  // times are in seconds: the certificate comes a second later
        let (file, _) = try issue(db, in: work)
        #expect(try sana.run(["cert", "trust-export", "--db", db, "issuer.json"], in: work.path).status == 0)
        let old = try verify([file, "--trust", "issuer.json", "--status", "before.jwt"], in: work)
        #expect(old.status == 2, "a list older than the certificate once verified it valid")
        #expect(old.stdout.contains("undecided not revoked            the status list was published "))
        #expect(old.stdout.contains(", before the certificate was issued ("))
        let published = try sana.run(["cert", "status-list", "--db", db, "now.jwt", "--valid-days", "2"], in: work.path)
        #expect(published.stdout.contains("current until "))
        #expect(try verify([file, "--trust", "issuer.json", "--status", "now.jwt"], in: work).status == 0)
        let later = ISO8601DateFormatter().string(from: Date().addingTimeInterval(3 * 86_400))
        let stale = try verify([file, "--trust", "issuer.json", "--status", "now.jwt", "--now", later], in: work)
        #expect(stale.status == 2, "a stale list once hid a later revocation")
        #expect(stale.stdout.contains(": get the issuer's current list"))
        #expect(try sana.run(["cert", "status-list", "--db", db, "x.jwt", "--valid-days", "0"], in: work.path).stderr.contains("--valid-days must be 1 to 366, not 0"))
    }

    @Test func aCompromisedKeyFailsEverythingItSignedAndReissuingKeepsTheCode() throws {
        let (work, db) = try Fixture.prepared()
        let (file, code) = try issue(db, in: work)
        let kid = try #require(try sana.run(["cert", "keys", "--db", db, "--json"]).stdout.split(separator: "\"").first { $0.hasPrefix("did:key:") && $0.contains("#") })
        let compromise = try sana.run(["cert", "compromise", String(kid.suffix(12)), "--db", db])
        #expect(compromise.status == 0, "\(compromise.stderr)")
        #expect(compromise.stdout.hasPrefix("key \(kid) is marked compromised as of "))
        #expect(!FileManager.default.fileExists(atPath: work.file("data/keys/signing-key.pem")), "the exposed private key is deleted")
        #expect(try sana.run(["cert", "keygen", "--db", db]).status == 0)
        #expect(try sana.run(["cert", "trust-export", "--db", db, "issuer.json"], in: work.path).status == 0)
        #expect(try sana.run(["cert", "status-list", "--db", db, "status.jwt"], in: work.path).status == 0)
        let old = try verify([file, "--trust", "issuer.json", "--status", "status.jwt"], in: work)
        #expect(old.status == 1)
        #expect(old.stdout.contains("FAILED    key trusted            key \(kid) was reported compromised on "))
        let reissue = try sana.run(["cert", "reissue", String(kid), "--db", db, "--out", "out"], in: work.path)
        #expect(reissue.status == 0, "\(reissue.stderr)")
        #expect(reissue.stdout.hasSuffix("reissued 1 certificate under key \(try #require(reissue.stdout.split(separator: " ").last?.dropLast()))\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.file("out")) == [code + ".jwt"], "same code, same file name")
        let holder = try Fixture().holderCode(db, code)
        // The reissued certificate is newer than that list: a list published after it decides.
        #expect(try sana.run(["cert", "status-list", "--db", db, "status2.jwt"], in: work.path).status == 0)
        let again = try verify([file, "--trust", "issuer.json", "--status", "status2.jwt", "--iin", Fixture.iin, "--holder-code", holder], in: work)
        #expect(again.status == 0, "\(again.stdout)")
        #expect(try sana.run(["cert", "reissue", String(kid), "--db", db]).stdout.hasPrefix("reissued 0 certificates under key "), "nothing is signed twice")
    }

    @Test func theHolderIsCheckedWithTheIINAsPeopleTypeItAndTheHolderCode() throws {
        let (work, db) = try Fixture.prepared()
        let (file, code) = try issue(db, in: work)
        #expect(try sana.run(["cert", "trust-export", "--db", db, "issuer.json"], in: work.path).status == 0)
        #expect(try sana.run(["cert", "status-list", "--db", db, "status.jwt"], in: work.path).status == 0)
        let holder = try Fixture().holderCode(db, code)
        let printout = try sana.run(["cert", "show", code, "--db", db])
        #expect(printout.stdout.contains("Holder code: \(holder) (Only the holder's copy carries this code"), "the printout is where a verifier gets the holder code")
        #expect(printout.stdout.contains("--iin IIN --holder-code \(holder)"))
        #expect(try sana.run(["cert", "show", code, "--db", db, "--lang", "kk", "--format", "html"]).stdout.contains("<dt>Иесінің коды</dt><dd class=\"code\">\(holder)</dd>"))
        let common = ["--trust", "issuer.json", "--status", "status.jwt"]
        let spaced = try verify([file] + common + ["--iin", "000 101 300 019", "--holder-code", holder.lowercased().replacingOccurrences(of: "-", with: " ")], in: work)
        #expect(spaced.status == 0, "an IIN typed with spaces once made a genuine holder look like an impostor: \(spaced.stdout)")
        let noCode = try verify([file] + common + ["--iin", Fixture.iin], in: work)
        #expect(noCode.status == 2)
        #expect(noCode.stdout.contains("undecided identity               checking an IIN needs the holder code from the holder's printout (--holder-code)"))
        let bad = try verify([file] + common + ["--iin", "12345"], in: work)
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("Error: --iin: IIN 12345"))
        let typo = try verify([file] + common + ["--iin", Fixture.iin, "--holder-code", "ABCD-EFGH-JKMN-PQRS-T"], in: work)
        #expect(typo.status == 64)
        #expect(typo.stderr.hasPrefix("Error: --holder-code 'ABCD-EFGH-JKMN-PQRS-T' is not a holder code: check it against the printout"))
        // Saved by an editor with a BOM and a trailing line break, named in capitals, in a folder.
        let jws = try String(contentsOfFile: file, encoding: .utf8)
        try work.write("saved/COPY.JWT", [0xEF, 0xBB, 0xBF] + Array((jws + "\r\n").utf8))
        let saved = try verify([work.file("saved")] + common, in: work)
        #expect(saved.status == 0, "\(saved.stdout)")
        #expect(saved.stdout.hasPrefix(work.file("saved/COPY.JWT") + ": VALID\n"))
    }
}
