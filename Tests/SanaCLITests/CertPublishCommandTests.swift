import Foundation
import GRDB
import SanaTestSupport
import Testing

/// `sana cert publish` through the built binary: what it says, what a second run writes, and the
/// folders it refuses.
@Suite struct CertPublishCommandTests {
    let sana = SanaBinary.built

    @Test func publishThenPublishAgainWritesOnlyWhatChanged() throws {
        let (work, db) = try CertCommandsTests.prepared()
        let issue = try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations", "--all-eligible", "--json"])
        let code = try #require((try JSONSerialization.jsonObject(with: Data(issue.stdout.utf8)) as? [[String: Any]])?.first?["code"] as? String)

        let first = try sana.run(["cert", "publish", "--db", db, "site"], in: work.path)
        #expect(first.status == 0, "\(first.stderr)")
        let lines = first.stdout.split(separator: "\n")
        #expect(lines.first == "published \(work.file("site")): 1 certificate (1 written, 0 unchanged), 12 other files (12 written, 0 unchanged)")
        #expect(lines.last?.hasPrefix("status list https://aisana.example.kz/credentials/status/revocation: 131072 entries, 0 revoked; verifiers trust it until ") == true)
        #expect(lines.last?.hasSuffix(": publish again before then") == true)
        let prefix = String(code.prefix(2))
        #expect(FileManager.default.fileExists(atPath: work.file("site/c/\(prefix)/\(code).jwt")))
        #expect(FileManager.default.fileExists(atPath: work.file("site/c/\(prefix)/\(code).js")))

        // A revocation later: the certificate stays as it was, the status list says it.
        #expect(try sana.run(["cert", "revoke", "--db", db, code, "--reason", "exam misconduct"]).status == 0)
        sleep(1)
        let again = try sana.run(["cert", "publish", "--db", db, work.file("site"), "--json"])
        #expect(again.status == 0, "\(again.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(report["certificates_written"] as? Int == 0 && report["certificates_unchanged"] as? Int == 1)
        #expect(report["other_files_written"] as? Int == 5 && report["other_files_unchanged"] as? Int == 7)
        #expect(report["revoked"] as? Int == 1)
        #expect(report["status_list_valid_until"] is String)
        let verify = try sana.run(["cert", "verify", work.file("site/c/\(prefix)/\(code).jwt"), "--trust", work.file("site/trust.json"),
                                   "--status", work.file("site/credentials/status/revocation"), "--brief"])
        #expect(verify.stdout == work.file("site/c/\(prefix)/\(code).jwt") + ": INVALID (failed: not revoked)\n", "sana cert verify reads the site's files too")

        let audit = try DatabaseQueue(path: db).read { try String.fetchAll($0, sql: "SELECT action FROM audit_log WHERE action LIKE 'cert.%' ORDER BY id") }
        #expect(audit.suffix(5) == ["cert.status-list", "cert.publish", "cert.revoke", "cert.status-list", "cert.publish"])
    }

    @Test func aFolderHoldingTheStoreOrTheKeysIsRefused() throws {
        let (work, db) = try CertCommandsTests.prepared()
        for folder in [work.file("data"), work.file("data/keys"), work.path] {
            let result = try sana.run(["cert", "publish", "--db", db, folder])
            #expect(result.status == 64, "\(folder)")
            #expect(result.stderr.contains("and everything in it is published: choose another folder"), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: work.file("data/index.html")))
        let noKey = try sana.run(["cert", "publish", "--db", db, work.file("site"), "--key", work.file("missing.pem")])
        #expect(noKey.status == 1)
        #expect(noKey.stderr.hasPrefix("sana: error: no private key at \(work.file("missing.pem"))"))
    }
}
