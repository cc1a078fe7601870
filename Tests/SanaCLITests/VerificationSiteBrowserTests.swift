import Foundation
import GRDB
import SanaTestSupport
import Testing

/// `sana cert publish` end to end: a site published from a store by the built binary, opened in
/// headless Chromium from `file://` and from a static web server on 127.0.0.1, and the verdict the
/// page shows for genuine, tampered, revoked, expired and wrong-holder certificates. A missing
/// Chromium fails these tests: scripts/setup installs it.
@Suite(.serialized) struct VerificationSiteBrowserTests {
    static let iin = "000101300019"
    static let otherIIN = "850514350017"
    static let thirdIIN = "920302450670"
    /// A holder code as the holder's printout shows it.
    static let holderCode = "ABCD-EFGH-JK"

    /// One store and one site for every test here (built once, through the CLI).
    final class Site: @unchecked Sendable {
        let work = TemporaryFolder()
        let db: String
        let folder: String
        let genuine: String
        let revoked: String
        let expiring: String
        let genuineText: String
        /// The genuine certificate as a holder-code certificate (no salt, the IIN hashed with the
        /// holder code), signed by the issuer's key: the form certificates take once issuance binds
        /// holders that way.
        let holderBound: String
        /// The genuine certificate's holder code, as the holder's printout shows it.
        let genuineHolder: String

        init() throws {
            let sana = SanaBinary.built
            db = work.file("data/sana.db")
            folder = work.file("site")
            guard try sana.run(["init", "--db", db]).status == 0 else { throw Problem("sana init failed") }
            // The shipped course, and a copy of its definition whose certificates are valid for a day.
            guard try sana.run(["course", "import", CertCommandsTests.shippedCourse, "--db", db]).status == 0 else { throw Problem("course import failed") }
            try DatabaseQueue(path: db).write { db in
                try db.execute(sql: "INSERT INTO course (id, created_at) VALUES ('ai-ethics', 'x')")
                try db.execute(sql: """
                    INSERT INTO course_version (course_id, version, content_sha256, definition, loaded_at)
                    SELECT 'ai-ethics', 1, ?, json_set(definition, '$.id', 'ai-ethics', '$.certificateValidityDays', 1), 'x'
                    FROM course_version WHERE course_id = 'ai-foundations'
                    """, arguments: [String(repeating: "b", count: 64)])
                let learners = [
                    (1, VerificationSiteBrowserTests.iin, "Айгерім"), (2, VerificationSiteBrowserTests.otherIIN, "<img src=x onerror=\"document.title='pwned'\">"),
                    (3, VerificationSiteBrowserTests.thirdIIN, "Дәурен"),
                ]
                for (id, iin, first) in learners {
                    try db.execute(sql: """
                        INSERT INTO learner (id, iin, last_name, first_name, locale, subject_uuid, created_at, updated_at)
                        VALUES (?, ?, 'Серікова', ?, 'kk', ?, 'x', 'x')
                        """, arguments: [id, iin, first, "7d0c9a52-4f8e-4a63-9e55-3f3b8f0f2a1\(id)"])
                }
                for (learner, version) in [(1, 1), (2, 1), (3, 2)] {
                    try db.execute(sql: """
                        INSERT INTO attempt (learner_id, course_version_id, lang, seed, started_at, deadline, submitted_at, submitted_by, score, passed)
                        VALUES (?, ?, 'en', 1, 'x', 'x', '2026-11-20 10:00:00.000', 'learner', 86, 1)
                        """, arguments: [learner, version])
                }
            }
            for arguments in [["cert", "issuer", "--db", db, "--name", "AI-Sana", "--url", "https://aisana.example.kz"], ["cert", "keygen", "--db", db]] {
                let result = try sana.run(arguments)
                guard result.status == 0 else { throw Problem(result.stderr) }
            }
            let (db, out) = (db, work.file("out"))
            func issue(_ course: String, _ iin: String) throws -> String {
                let result = try sana.run(["cert", "issue", "--db", db, "--course", course, "--learner", iin, "--out", out, "--json"])
                let issued = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
                guard result.status == 0, let code = issued?.first?["code"] as? String else { throw Problem(result.stderr) }
                return code
            }
            genuine = try issue("ai-foundations", VerificationSiteBrowserTests.iin)
            revoked = try issue("ai-foundations", VerificationSiteBrowserTests.otherIIN)
            expiring = try issue("ai-ethics", VerificationSiteBrowserTests.thirdIIN)
            let revoke = try sana.run(["cert", "revoke", "--db", db, revoked, "--reason", "exam misconduct"])
            guard revoke.status == 0 else { throw Problem(revoke.stderr) }
            let publish = try sana.run(["cert", "publish", "--db", db, folder])
            guard publish.status == 0 else { throw Problem(publish.stderr) }
            genuineText = try String(contentsOfFile: work.file("out/\(genuine).jwt"), encoding: .utf8)
            let lookup = try sana.run(["cert", "lookup", "--db", db, genuine, "--json"])
            let view = try JSONSerialization.jsonObject(with: Data(lookup.stdout.utf8)) as? [String: Any]
            guard let code = view?["holder_code"] as? String else { throw Problem("no holder code: \(lookup.stdout)") }
            genuineHolder = code
            holderBound = try Self.rebound(genuineText, iin: VerificationSiteBrowserTests.iin, holderCode: "ABCDEFGHJK", key: work.file("data/keys/signing-key.pem"), in: work)
        }

        /// `jws` with its IIN hash made from the holder code instead of a salt, signed again with
        /// `key` by the openssl command line.
        static func rebound(_ jws: String, iin: String, holderCode: String, key: String, in work: TemporaryFolder) throws -> String {
            try work.write("hash-input", iin + holderCode)
            let digest = try CertCommandsTests.shell("openssl dgst -sha256 -r hash-input", in: work.path)
            return try resigned(jws, key: key, in: work) { _, payload in
                guard var subject = payload["credentialSubject"] as? [String: Any], var identifiers = subject["identifier"] as? [[String: Any]] else { return }
                for index in identifiers.indices where identifiers[index]["identityType"] as? String == "nationalIdentityNumber" {
                    identifiers[index]["salt"] = nil
                    identifiers[index]["identityHash"] = "sha256$" + String(digest.output.prefix(64))
                }
                subject["identifier"] = identifiers
                payload["credentialSubject"] = subject
            }
        }

        /// `jws` with its header and payload changed by `change`, signed again with `key` by the
        /// openssl command line.
        static func resigned(_ jws: String, key: String, in work: TemporaryFolder, _ change: (inout [String: Any], inout [String: Any]) -> Void) throws -> String {
            let parts = jws.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").map(String.init)
            guard var header = try JSONSerialization.jsonObject(with: Base64URLText.decode(parts[0])) as? [String: Any],
                  var payload = try JSONSerialization.jsonObject(with: Base64URLText.decode(parts[1])) as? [String: Any] else { throw Problem("not a certificate") }
            change(&header, &payload)
            let encode = { (object: [String: Any]) in Base64URLText.encode(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) }
            let input = try encode(header) + "." + encode(payload)
            try work.write("signing-input", input)
            let signed = try CertCommandsTests.shell("openssl pkeyutl -sign -inkey '\(key)' -rawin -in signing-input -out signature", in: work.path)
            guard signed.status == 0 else { throw Problem(signed.output) }
            return input + "." + Base64URLText.encode(try Data(contentsOf: URL(fileURLWithPath: work.file("signature"))))
        }
    }

    struct Problem: Error, CustomStringConvertible {
        let description: String
        init(_ text: String) { description = text }
    }

    static let site = Result { try Site() }

    /// An instant `days` from now as the page's clock would show it.
    static func now(plusDays days: Double) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date().addingTimeInterval(days * 86_400))
    }

    /// One visit and what it must show: a verdict with exactly these checks failed and undecided
    /// (every other check passed), or a message instead of a verdict.
    struct Case {
        let name: String
        let visit: [String: Any]
        var verdict: String?
        var failed: [String] = []
        var undecided: [String] = []
        var message: String?
        /// The message's exact text, when it matters.
        var text: String?
    }

    static func cases(_ site: Site, base: String) -> [Case] {
        let tampered = Tamper.score(site.genuineText)
        let lowerSpaced = site.genuine.lowercased().replacingOccurrences(of: "-", with: " ")
        var wrongCheck = Array(site.genuine)
        wrongCheck[wrongCheck.count - 1] = wrongCheck.last == "A" ? "B" : "A"
        let unknown = "0000-0000-0000-0000-0"
        return [
            Case(name: "genuine, by the QR code's URL, with the holder's IIN and holder code",
                 visit: ["url": base + "index.html#" + site.genuine, "iin": iin, "holder": site.genuineHolder], verdict: "valid"),
            Case(name: "genuine, typed loosely, IIN without its leading zero and with spaces",
                 visit: ["url": base + "index.html", "code": lowerSpaced, "iin": "0010 1300 019",
                         "holder": site.genuineHolder.lowercased().replacingOccurrences(of: "-", with: " ")], verdict: "valid"),
            Case(name: "genuine, no IIN", visit: ["url": base + "index.html#" + site.genuine], verdict: "valid"),
            Case(name: "tampered, dropped as a file", visit: ["url": base + "index.html", "drop": ["name": "tampered.jwt", "text": tampered]],
                 verdict: "invalid", failed: ["signature"]),
            Case(name: "revoked", visit: ["url": base + "index.html#" + site.revoked, "evaluate": "String(document.querySelectorAll('img').length) + ' ' + document.title"],
                 verdict: "invalid", failed: ["not revoked"]),
            Case(name: "expired", visit: ["url": base + "index.html#" + site.expiring, "now": now(plusDays: 2)], verdict: "invalid", failed: ["dates"]),
            Case(name: "wrong holder", visit: ["url": base + "index.html#" + site.genuine, "iin": otherIIN, "holder": site.genuineHolder],
                 verdict: "invalid", failed: ["identity"]),
            Case(name: "genuine with the IIN only", visit: ["url": base + "index.html#" + site.genuine, "iin": iin],
                 verdict: "undecided", undecided: ["identity"]),
            Case(name: "holder-code certificate with IIN and holder code", visit: ["url": base + "index.html", "paste": site.holderBound, "iin": iin, "holder": holderCode.lowercased()],
                 verdict: "valid"),
            Case(name: "holder-code certificate with the IIN only", visit: ["url": base + "index.html", "paste": site.holderBound, "iin": iin],
                 verdict: "undecided", undecided: ["identity"]),
            Case(name: "holder-code certificate with a wrong holder code", visit: ["url": base + "index.html", "paste": site.holderBound, "iin": iin, "holder": "ABCD-EFGH-JM"],
                 verdict: "invalid", failed: ["identity"]),
            Case(name: "status list past its time", visit: ["url": base + "index.html#" + site.genuine, "now": now(plusDays: 8)], verdict: "undecided", undecided: ["not revoked"]),
            Case(name: "code not published", visit: ["url": base + "index.html#" + unknown], message: "in.notFound"),
            Case(name: "code mistyped", visit: ["url": base + "index.html", "code": String(wrongCheck)], message: "in.code"),
            // A mistyped IIN is called not valid, to be checked against the ID card: never the digit that would make it
            // valid, which invites making up an IIN that may be someone else's.
            Case(name: "invalid IIN", visit: ["url": base + "index.html#" + site.genuine, "iin": "000101300018"], message: "in.iin",
                 text: "Wrong IIN: the check digit of 000101300018 does not match, so this IIN is not valid; check it against the holder's ID card."),
            Case(name: "invalid IIN, in Russian", visit: ["url": base + "index.html#" + site.genuine, "iin": "000101300018", "lang": "ru-RU"], message: "in.iin",
                 text: "Неверный ИИН: контрольная цифра номера 000101300018 не совпадает, значит, этот ИИН недействителен; сверьте его с удостоверением личности владельца."),
            Case(name: "invalid IIN, in Kazakh", visit: ["url": base + "index.html#" + site.genuine, "iin": "000101300018", "lang": "kk"], message: "in.iin",
                 text: "ЖСН дұрыс емес: 000101300018 нөмірінің бақылау цифры сәйкес келмейді, демек бұл ЖСН жарамсыз; оны иесінің жеке куәлігімен салыстырып тексеріңіз."),
            Case(name: "holder code without IIN", visit: ["url": base + "index.html#" + site.genuine, "holder": holderCode], message: "in.holderWithoutIIN"),
        ]
    }

    /// Runs every case against the site at `base` and checks each answer, the requests the page
    /// made (only its own folder, never the IIN) and the console (no error but a missing file's).
    func check(base: String, serve: String?) throws {
        let site = try Self.site.get()
        #expect(Tamper.score(site.genuineText) != site.genuineText.trimmingCharacters(in: .whitespacesAndNewlines), "the tampered copy differs")
        let cases = Self.cases(site, base: base)
        let shown = try VerificationPage.visit(cases.map(\.visit), serve: serve)
        for (expected, page) in zip(cases, shown) {
            let label = "\(expected.name) (\(base.isEmpty ? "served" : base))"
            #expect(page.failure == nil, "\(label): \(page.failure ?? "")")
            if let message = expected.message {
                #expect(page.message == message && page.verdict == nil, "\(label): shows \(page.verdict ?? "no verdict") / \(page.message ?? "no message"): \(page.messageText ?? "")")
                if let text = expected.text {
                    #expect(page.messageText == text, "\(label)")
                }
            } else {
                #expect(page.verdict == expected.verdict, "\(label): verdict \(page.verdict ?? "none") \(page.message ?? "") \(page.checks ?? [])")
                #expect(page.checks("failed") == expected.failed, "\(label): failed \(page.checks("failed"))")
                #expect(page.checks("undecided") == expected.undecided, "\(label): undecided \(page.checks("undecided"))")
                let made = expected.visit["iin"] == nil ? 7 : 8
                #expect(page.checks?.count == made && page.checks("passed").count == made - expected.failed.count - expected.undecided.count,
                        "\(label): \(page.checks ?? [])")
            }
            for request in page.requests ?? [] {
                #expect(!request.contains(Self.iin) && !request.contains(Self.otherIIN), "\(label): the IIN left the page: \(request)")
                if serve == nil {
                    #expect(request.hasPrefix("file://" + site.folder + "/"), "\(label): request outside the site: \(request)")
                } else {
                    #expect(request.hasPrefix("http://127.0.0.1:"), "\(label): request outside the site: \(request)")
                }
            }
            let unexpected = (page.errors ?? []).filter { !(expected.message == "in.notFound" && $0.contains("Failed to load resource")) }
            #expect(unexpected.isEmpty, "\(label): console errors \(unexpected)")
        }
        // Text from the certificate is text: the revoked learner's name is shown, never run.
        let revoked = try #require(shown.first { $0.verdict == "invalid" && $0.checks("failed") == ["not revoked"] })
        #expect(revoked.value?.hasPrefix("0 ") == true && revoked.value?.contains("pwned") == false, "\(revoked.value ?? "")")
        #expect(revoked.summary?.contains { $0.contains("<img src=x onerror=") } == true)
        let expired = try #require(shown.first { $0.checks("failed") == ["dates"] })
        #expect(expired.checks?.first { $0.name == "dates" }?.text.hasPrefix("expired on ") == true)
    }

    @Test func verdictsOpenedFromFile() throws {
        #expect(VerificationPage.chromiumInstalled, "chromium is not installed: run scripts/setup")
        let site = try Self.site.get()
        try check(base: "file://" + site.folder + "/", serve: nil)
    }

    @Test func verdictsServedByAStaticWebServer() throws {
        #expect(VerificationPage.chromiumInstalled, "chromium is not installed: run scripts/setup")
        let site = try Self.site.get()
        try check(base: "", serve: site.folder)
    }

    @Test func aKeyReportedCompromisedMakesItsCertificatesInvalid() throws {
        let site = try Self.site.get()
        let copy = TemporaryFolder()
        let folder = copy.file("site")
        try FileManager.default.copyItem(atPath: site.folder, toPath: folder)
        var trust = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/trust.json"))) as? [String: Any])
        var keys = try #require(trust["keys"] as? [[String: Any]])
        keys[0]["compromisedAt"] = "2026-01-02T03:04:05Z"
        trust["keys"] = keys
        let text = String(decoding: try JSONSerialization.data(withJSONObject: trust, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
        try copy.write("site/trust.json", text)
        let literal = String(decoding: try JSONSerialization.data(withJSONObject: [text]), as: UTF8.self).dropFirst().dropLast()
        try copy.write("site/trust.js", "sanaTrust(\(literal));\n")
        let shown = try VerificationPage.visit([["url": "file://\(folder)/index.html#\(site.genuine)"]])
        #expect(shown[0].verdict == "invalid")
        #expect(shown[0].checks("failed") == ["key trusted"])
        #expect(shown[0].checks?.first { $0.name == "key trusted" }?.text == "key reported compromised on 2026-01-02 03:04 UTC: every certificate it signed is invalid")
        // The status list it signed is not trusted either.
        #expect(shown[0].checks("undecided") == ["not revoked"])
    }

    @Test func everyTextInKazakhRussianAndEnglish() throws {
        let site = try Self.site.get()
        let keys = "JSON.stringify(['kk','ru','en'].map(l => Object.keys(window.SANA_TEXTS[l]).sort().join(',')))"
        let shown = try VerificationPage.visit([
            ["url": "file://\(site.folder)/index.html#\(site.genuine)", "lang": "kk", "evaluate": keys],
            ["url": "file://\(site.folder)/index.html#\(site.genuine)", "lang": "ru-RU"],
            ["url": "file://\(site.folder)/index.html#\(site.revoked)", "lang": "de",
             "evaluate": "document.querySelector('[data-lang=kk]').click(); [document.documentElement.lang, document.getElementById('verdict-word').textContent, document.querySelector('[data-check=\"not revoked\"] p').textContent, document.querySelector('label[for=iin]').textContent].join('|')"],
        ])
        let sets = try JSONSerialization.jsonObject(with: Data((shown[0].value ?? "").utf8)) as? [String]
        #expect(sets?.count == 3 && Set(sets ?? []).count == 1, "every language has the same texts")
        #expect(shown[0].lang == "kk" && shown[0].verdictText == "Жарамды")
        #expect(shown[0].checks?.first { $0.name == "not revoked" }?.text.hasPrefix("кері қайтарылмаған") == true)
        #expect(shown[1].lang == "ru" && shown[1].verdictText == "Действителен")
        #expect(shown[2].lang == "en" && shown[2].verdictText == "Invalid")
        // The language switch turns what is shown, result included, into Kazakh.
        #expect(shown[2].value?.hasPrefix("kk|Жарамсыз|кері қайтарылған: мәртебе тізімінде ") == true, "\(shown[2].value ?? "")")
        #expect(shown[2].value?.hasSuffix("|Иесінің жеке сәйкестендіру нөмірі — ЖСН (міндетті емес)") == true, "\(shown[2].value ?? "")")
    }

    /// The page runs the checks `sana cert verify` runs: for certificates wrong in one way each
    /// (signed again with the issuer's key, so that only the one thing is wrong), both give every
    /// check the same outcome.
    @Test func thePageAndSanaCertVerifyAgreeOnEveryCheck() throws {
        let site = try Self.site.get()
        let key = site.work.file("data/keys/signing-key.pem")
        typealias Change = (inout [String: Any], inout [String: Any]) -> Void
        func subject(_ payload: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
            var value = payload["credentialSubject"] as? [String: Any] ?? [:]
            change(&value)
            payload["credentialSubject"] = value
        }
        func status(_ payload: inout [String: Any], _ key: String, _ value: Any) {
            var entry = payload["credentialStatus"] as? [String: Any] ?? [:]
            entry[key] = value
            payload["credentialStatus"] = entry
        }
        let variants: [(String, Change)] = [
            ("as issued", { _, _ in }),
            ("alg ES256", { header, _ in header["alg"] = "ES256" }),
            ("typ JOSE", { header, _ in header["typ"] = "JOSE" }),
            ("kid not a did:key", { header, _ in header["kid"] = "https://aisana.example.kz/keys/1" }),
            ("no nbf", { _, payload in payload["nbf"] = nil }),
            ("nbf not validFrom", { _, payload in payload["nbf"] = (payload["nbf"] as? Int ?? 0) - 1 }),
            ("exp without validUntil", { _, payload in payload["exp"] = 4_000_000_000 }),
            ("valid until 2027", { _, payload in payload["exp"] = 1_800_000_000; payload["validUntil"] = "2027-01-15T08:00:00Z" }),
            ("expired in 2023", { _, payload in payload["exp"] = 1_700_000_000; payload["validUntil"] = "2023-11-14T22:13:20Z" }),
            ("issuer not the key", { _, payload in payload["iss"] = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK" }),
            ("Open Badges fields missing", { _, payload in
                payload["jti"] = "urn:uuid:other"
                subject(&payload) { $0["achievement"] = ["id": "x", "type": ["Achievement"]] }
            }),
            ("no credentialStatus", { _, payload in payload["credentialStatus"] = nil }),
            ("status entry not revocation", { _, payload in status(&payload, "statusPurpose", "suspension") }),
            ("another status list", { _, payload in status(&payload, "statusListCredential", "https://elsewhere.example/status") }),
            ("index beyond the list", { _, payload in status(&payload, "statusListIndex", "99999999") }),
            ("no hashed IIN", { _, payload in subject(&payload) { $0["identifier"] = [["type": "IdentityObject", "identityType": "name", "hashed": false, "identityHash": "A"]] } }),
        ]
        var texts = variants.map { name, change in (name, (try? Site.resigned(site.genuineText, key: key, in: site.work, change)) ?? "") }
        texts.append(("two parts", "eyJhbGciOiJFZERTQSJ9.e30"))
        texts.append(("tampered", Tamper.score(site.genuineText)))
        let shown = try VerificationPage.visit(texts.map { ["url": "file://\(site.folder)/index.html", "paste": $0.1, "iin": Self.iin, "holder": site.genuineHolder] })
        for ((name, text), page) in zip(texts, shown) {
            try site.work.write("variant.jwt", text)
            let cli = try SanaBinary.built.run(["cert", "verify", site.work.file("variant.jwt"), "--trust", site.folder + "/trust.json",
                                               "--status", site.folder + "/status.jwt", "--iin", Self.iin, "--holder-code", site.genuineHolder, "--json"])
            let reports = try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [[String: Any]]
            let checks = (reports?.first?["checks"] as? [[String: Any]] ?? []).map { "\($0["name"] ?? "")=\($0["outcome"] ?? "")" }
            let pageChecks = (page.checks ?? []).map { "\($0.name)=\($0.outcome)" }
            #expect(!checks.isEmpty && pageChecks == checks, "\(name): page \(pageChecks), sana cert verify \(checks)")
            #expect(page.verdict == reports?.first?["verdict"] as? String, "\(name)")
        }
        #expect(shown.map { $0.verdict ?? "none" } == [
            "valid", "invalid", "invalid", "invalid", "invalid", "invalid", "invalid", "valid", "invalid", "invalid", "invalid", "valid",
            "invalid", "undecided", "undecided", "invalid", "invalid", "invalid",
        ], "each variant is wrong in the way it is meant to be")
    }

    @Test func screenshotOfThePage() throws {
        #expect(VerificationPage.chromiumInstalled, "chromium is not installed: run scripts/setup")
        let site = try Self.site.get()
        let shot = site.work.file("page.png")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["chromium", "--headless", "--disable-gpu", "--no-first-run", "--user-data-dir=" + site.work.file("shot-profile"),
                             "--window-size=1000,1600", "--virtual-time-budget=10000", "--screenshot=" + shot,
                             "file://\(site.folder)/index.html#\(site.genuine)"] + (geteuid() == 0 ? ["--no-sandbox"] : [])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let png = try Data(contentsOf: URL(fileURLWithPath: shot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
        #expect(png.count > 30_000, "a page with text on it, not a blank one (\(png.count) bytes)")
    }
}
