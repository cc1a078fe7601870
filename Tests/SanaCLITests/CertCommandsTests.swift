import Foundation
import GRDB
import SanaTestSupport
import Testing

/// `sana cert ...` through the built binary, and the certificates it writes checked by independent
/// implementations: the `openssl` command line and, when installed, Python's joserfc.
@Suite struct CertCommandsTests {
    let sana = SanaBinary.built
    static let iin = "000101300019"

    /// A store with the course, one learner who passed, an issuer and a key; returns the folder and store path.
    static let shippedCourse: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("courses/ai-foundations").path
    }()

    /// The holder code of the certificate `code`, as the holder's printout carries it.
    func holderCode(_ db: String, _ code: String) throws -> String {
        let lookup = try sana.run(["cert", "lookup", "--db", db, code, "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(lookup.stdout.utf8)) as? [String: Any]
        return try #require(json?["holder_code"] as? String)
    }

    static func prepared() throws -> (work: TemporaryFolder, db: String) {
        let work = TemporaryFolder()
        let db = work.file("data/sana.db")
        let sana = SanaBinary.built
        #expect(try sana.run(["init", "--db", db]).status == 0)
        // The shipped course, as an operator loads it: a key renamed in Courses or read under another
        // name by Certificates fails here (the pass mark was once never stated for that reason).
        let imported = try sana.run(["course", "import", Self.shippedCourse, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: """
                INSERT INTO learner (id, iin, last_name, first_name, locale, subject_uuid, created_at, updated_at)
                VALUES (1, ?, 'Серікова', 'Айгерім', 'kk', '7d0c9a52-4f8e-4a63-9e55-3f3b8f0f2a11', 'x', 'x')
                """, arguments: [iin])
            try db.execute(sql: """
                INSERT INTO attempt (learner_id, course_version_id, lang, seed, started_at, deadline, submitted_at, submitted_by, score, passed)
                VALUES (1, 1, 'en', 1, 'x', 'x', '2026-11-20 10:00:00.000', 'learner', 86, 1)
                """)
        }
        #expect(try sana.run(["cert", "issuer", "--db", db, "--name", "AI-Sana", "--url", "https://aisana.example.kz"]).status == 0)
        let keygen = try sana.run(["cert", "keygen", "--db", db])
        #expect(keygen.status == 0, "\(keygen.stderr)")
        return (work, db)
    }

    /// Issues the learner's certificate into work/out; returns its path.
    func issued(_ work: TemporaryFolder, _ db: String) throws -> String {
        let issue = try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations", "--learner", Self.iin, "--out", "out"], in: work.path)
        #expect(issue.status == 0, "\(issue.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: work.file("out"))
        #expect(names.count == 1)
        return work.file("out/" + (names.first ?? "none"))
    }

    /// A full disk stops a run after its certificates were stored (each chunk commits before its
    /// files are written): the error says how many are stored and that the same command writes
    /// their files, which it does once there is space.
    @Test func aFullDiskSaysWhatWasStoredAndTheRerunWritesTheFiles() throws {
        let (work, db) = try Self.prepared()
        let disk = try Mount.smallDisk(kilobytes: 64)
        try FileManager.default.createDirectory(atPath: disk.path + "/out", withIntermediateDirectories: false)
        try disk.fill()
        let full = try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations", "--all-eligible", "--out", disk.path + "/out"], in: work.path)
        #expect(full.status == 1)
        #expect(full.stderr.hasPrefix("sana: error: cannot write \(disk.path)/out/"), "\(full.stderr)")
        #expect(full.stderr.hasSuffix(".jwt: the disk is full; 1 certificate was stored before that and keeps its place: free some space and run the same command again, which writes every missing file\n"), "\(full.stderr)")
        try FileManager.default.removeItem(atPath: disk.path + "/filler")
        let rerun = try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations", "--all-eligible", "--out", disk.path + "/out"], in: work.path)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.hasPrefix("wrote 1 certificate file missing from \(disk.path)/out (stored by an earlier run)\n"))
        let names = try FileManager.default.contentsOfDirectory(atPath: disk.path + "/out")
        #expect(names.count == 1 && names[0].hasSuffix(".jwt"))
    }

    @Test func aRerunWritesEveryCertificateFileThatIsMissingOrEmpty() throws {
        let (work, db) = try Self.prepared()
        let file = try issued(work, db)
        let original = try Data(contentsOf: URL(fileURLWithPath: file))
        // What a run killed after its commit left: the file missing, or created and never filled.
        try FileManager.default.removeItem(atPath: file)
        let rerun = try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations", "--all-eligible", "--out", "out"], in: work.path)
        #expect(rerun.status == 0)
        #expect(rerun.stdout == """
            wrote 1 certificate file missing from \(work.file("out")) (stored by an earlier run)
            nothing to issue: every learner who passed ai-foundations already has a certificate

            """, "a rerun once said only 'nothing to issue' and the file stayed missing")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == original)
        _ = FileManager.default.createFile(atPath: file, contents: Data())
        #expect(try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations", "--learner", Self.iin, "--out", "out"], in: work.path).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == original)
        let complete = try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations", "--all-eligible", "--out", "out"], in: work.path)
        #expect(complete.stdout == "nothing to issue: every learner who passed ai-foundations already has a certificate\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.file("out")).count == 1, "no temporary file is left")
    }

    @Test func issueThenVerifyOfflineWithTrustAndStatus() throws {
        let (work, db) = try Self.prepared()
        let file = try issued(work, db)
        let code = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        #expect(try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations", "--all-eligible"]).stdout
            == "nothing to issue: every learner who passed ai-foundations already has a certificate\n")
        #expect(try sana.run(["cert", "trust-export", "--db", db, "issuer.json"], in: work.path).status == 0)
        #expect(try sana.run(["cert", "status-list", "--db", db, "status.jwt"], in: work.path).status == 0)

        // The verifier has no store: run it from elsewhere with no SANA_DB.
        let holder = try holderCode(db, code)
        let valid = try sana.run(["cert", "verify", file, "--trust", work.file("issuer.json"), "--status", work.file("status.jwt"), "--iin", Self.iin, "--holder-code", holder])
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        for check in ["well-formed", "signature", "key trusted", "key valid when issued", "not revoked", "dates", "Open Badges fields", "identity"] {
            #expect(valid.stdout.contains("  ok        \(check)"), "\(check)")
        }
        #expect(valid.stdout.hasPrefix("\(file): VALID\n"), "the verdict comes first")

        let noStatus = try sana.run(["cert", "verify", file, "--trust", work.file("issuer.json")])
        #expect(noStatus.status == 2)
        #expect(noStatus.stdout.contains("undecided not revoked            the certificate names status list https://aisana.example.kz/credentials/status/revocation but none was given (--status FILE): cannot tell whether it is revoked"))

        let wrongIIN = try sana.run(["cert", "verify", file, "--trust", work.file("issuer.json"), "--status", work.file("status.jwt"), "--iin", "850514350017", "--holder-code", holder])
        #expect(wrongIIN.status == 1)
        #expect(wrongIIN.stdout.hasPrefix("\(file): INVALID (failed: identity)\n"))

        // Lookup by the code as a person types it.
        let lookup = try sana.run(["cert", "lookup", "--db", db, code.lowercased().replacingOccurrences(of: "-", with: " ")])
        #expect(lookup.status == 0, "\(lookup.stderr)")
        #expect(lookup.stdout.contains("Certificate code: \(code)"))
        // The store keeps the credential as its run's template and parts: lookup gives back the file's text exactly.
        let fileText = try String(contentsOfFile: file, encoding: .utf8)
        #expect(lookup.stdout.hasSuffix("\ncredential:\n" + fileText), "\(lookup.stdout)")
        let badCode = try sana.run(["cert", "lookup", "--db", db, "ABCD-EFGH-JKMN-PQRS-T"])
        #expect(badCode.status == 1)
        #expect(badCode.stderr == "sana: error: 'ABCD-EFGH-JKMN-PQRS-T' is not a certificate code: its check character does not match\n")

        // Revoke, publish, verify again.
        let revoke = try sana.run(["cert", "revoke", "--db", db, code, "--reason", "exam misconduct"])
        #expect(revoke.status == 0, "\(revoke.stderr)")
        #expect(try sana.run(["cert", "status-list", "--db", db, "status2.jwt"], in: work.path).status == 0)
        let revoked = try sana.run(["cert", "verify", file, "--trust", work.file("issuer.json"), "--status", work.file("status2.jwt"), "--brief"])
        #expect(revoked.status == 1)
        #expect(revoked.stdout == "\(file): INVALID (failed: not revoked)\n")
        let russian = try sana.run(["cert", "verify", file, "--trust", work.file("issuer.json"), "--status", work.file("status2.jwt"), "--brief"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(russian.stdout == "\(file): НЕДЕЙСТВИТЕЛЕН (не пройдена проверка: не отозван)\n")
        let audit = try DatabaseQueue(path: db).read { try String.fetchAll($0, sql: "SELECT action FROM audit_log ORDER BY id") }
        #expect(audit == ["db.migrate", "course.import", "cert.issuer", "cert.keygen", "cert.issue", "cert.status-list", "cert.revoke", "cert.status-list"])
    }

    @Test func opensslVerifiesTheSignatureOverTheJWSSigningInput() throws {
        let (work, db) = try Self.prepared()
        let file = try issued(work, db)
        #expect(try sana.run(["cert", "trust-export", "--db", db, "issuer.json"], in: work.path).status == 0)
        let trust = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: work.file("issuer.json")))) as? [String: Any]
        let keys = trust?["keys"] as? [[String: Any]]
        let pem = try #require(keys?.first?["publicKeyPem"] as? String)
        try work.write("pub.pem", pem)
        let jws = try String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let lastDot = try #require(jws.lastIndex(of: "."))
        try work.write("input.bin", String(jws[..<lastDot]))
        var signature = String(jws[jws.index(after: lastDot)...]).replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while signature.count % 4 != 0 { signature += "=" }
        try work.write("sig.bin", Array(try #require(Data(base64Encoded: signature))))
        let ok = try Self.shell("openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in input.bin -sigfile sig.bin", in: work.path)
        #expect(ok.status == 0, "\(ok.output)")
        #expect(ok.output.contains("Signature Verified Successfully"))
        // One changed byte in the signed text and openssl refuses it too.
        var tampered = Array(String(jws[..<lastDot]).utf8)
        tampered[tampered.count / 2] = tampered[tampered.count / 2] == 65 ? 66 : 65
        try work.write("input.bin", tampered)
        let bad = try Self.shell("openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in input.bin -sigfile sig.bin", in: work.path)
        #expect(bad.status != 0)
        #expect(bad.output.contains("Signature Verification Failure"))
    }

    @Test func joserfcVerifiesTheJWS() throws {
        // scripts/setup installs joserfc; a machine without it fails here rather than skipping.
        #expect(try Self.shell("python3 -c 'import joserfc'", in: "/").status == 0, "Python joserfc is not installed (scripts/setup installs it)")
        let (work, db) = try Self.prepared()
        let file = try issued(work, db)
        #expect(try sana.run(["cert", "trust-export", "--db", db, "issuer.json"], in: work.path).status == 0)
        try work.write("check.py", """
            import json, sys, warnings
            warnings.simplefilter("ignore")
            from joserfc import jws
            from joserfc.jwk import OKPKey
            trust = json.load(open("issuer.json"))
            token = open(sys.argv[1]).read().strip()
            header = json.loads(__import__("base64").urlsafe_b64decode(token.split(".")[0] + "=="))
            key = next(k for k in trust["keys"] if k["kid"] == header["kid"])
            result = jws.deserialize_compact(token, OKPKey.import_key(key["publicKeyJwk"]), algorithms=["EdDSA"])
            claims = json.loads(result.payload)
            assert claims["iss"] == key["did"] and claims["jti"] == claims["id"], claims
            print("joserfc: verified", claims["credentialSubject"]["achievement"]["name"])
            """)
        let ok = try Self.shell("python3 check.py '\(file)'", in: work.path)
        #expect(ok.status == 0, "\(ok.output)")
        #expect(ok.output.contains("joserfc: verified Foundations of Artificial Intelligence"))
        let jws = try String(contentsOfFile: file, encoding: .utf8)
        try work.write("tampered.jwt", jws.replacingOccurrences(of: ".", with: ".e", options: [], range: jws.range(of: ".")))
        let bad = try Self.shell("python3 check.py tampered.jwt", in: work.path)
        #expect(bad.status != 0)
    }

    @Test func aKeyOthersCanReadIsRefusedByEverySigningCommand() throws {
        let (work, db) = try Self.prepared()
        let key = work.file("data/keys/signing-key.pem")
        chmod(key, 0o644)
        for arguments in [["cert", "issue", "--db", db, "--course", "ai-foundations", "--all-eligible"], ["cert", "status-list", "--db", db, work.file("s.jwt")]] {
            let result = try sana.run(arguments)
            #expect(result.status == 1)
            #expect(result.stderr == "sana: error: private key \(key) has mode 0644, so group or others can access it: refusing to use it (run 'chmod 600 \(key)')\n")
        }
        chmod(key, 0o600)
        try FileManager.default.copyItem(atPath: key, toPath: work.file("escrow.pem"))
        let rotate = try sana.run(["cert", "rotate", "--db", db])
        #expect(rotate.status == 0, "\(rotate.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.file("data/keys")) == ["signing-key.pem"], "no retired private key stays on disk")
        let old = try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations", "--all-eligible", "--key", work.file("escrow.pem")])
        #expect(old.status == 1)
        #expect(old.stderr.hasSuffix(": a retired key signs nothing\n"))
        let keys = try sana.run(["cert", "keys", "--db", db, "--json"])
        let list = try JSONSerialization.jsonObject(with: Data(keys.stdout.utf8)) as? [[String: Any]]
        #expect(list?.count == 2)
        #expect(list?.filter { $0["not_after"] is NSNull }.count == 1)
    }

    @Test func usageAndStoreErrors() throws {
        let (work, db) = try Self.prepared()
        let both = try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations"])
        #expect(both.status == 64)
        #expect(both.stderr.contains("give exactly one of --learner IIN and --all-eligible"))
        let unknown = try sana.run(["cert", "issue", "--db", db, "--course", "ai-basics", "--all-eligible"])
        #expect(unknown.stderr == "sana: error: no course ai-basics in the store\n")
        let again = try sana.run(["cert", "keygen", "--db", db])
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("sana: error: signing key did:key:z6Mk"))
        #expect(again.stderr.hasSuffix(" is already registered and current: use 'sana cert rotate' to replace it\n"))
        let missing = try sana.run(["cert", "verify", work.file("nope.jwt")])
        #expect(missing.status == 2, "a missing file is no proof of forgery: could not decide")
        #expect(missing.stdout.contains("undecided readable               cannot read \(work.file("nope.jwt")): no such file"))
        let badNow = try sana.run(["cert", "verify", work.file("nope.jwt"), "--now", "tomorrow"])
        #expect(badNow.status == 64)
    }

    @Test func showPrintsTheCertificateForPeople() throws {
        let (work, db) = try Self.prepared()
        let file = try issued(work, db)
        let code = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let text = try sana.run(["cert", "show", "--db", db, code])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Серікова Айгерім"))
        #expect(text.stdout.contains("Foundations of Artificial Intelligence"))
        #expect(text.stdout.contains("Final exam score: 86%"))
        #expect(text.stdout.contains("Certificate code: \(code)"))
        #expect(text.stdout.contains("sana cert verify \(code).jwt --trust issuer.json --status status-list.jwt"))
        let kk = try sana.run(["cert", "show", "--db", db, code, "--lang", "kk", "--format", "html"])
        #expect(kk.status == 0)
        #expect(kk.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(kk.stdout.contains("@page { size: A4; margin: 0; }"))
        #expect(kk.stdout.contains("«Жасанды интеллект негіздері»"))
        #expect(kk.stdout.contains("Сертификат коды"))
    }

    static func shell(_ command: String, in directory: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " 2>&1"]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
