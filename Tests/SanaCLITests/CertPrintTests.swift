import Foundation
import GRDB
import SanaTestSupport
import Testing

/// The printed certificate leads a verifier to the verification page: `sana cert issuer --verify-url`,
/// and `sana cert show` carrying URL#CODE with a QR code, read back by zbarimg from what Chromium
/// draws and from the terminal's half blocks. A missing chromium or zbarimg fails these tests.
@Suite struct CertPrintTests {
    let sana = SanaBinary.built

    /// A store with one issued certificate; its code and the link printed with it by default.
    func issued() throws -> (work: TemporaryFolder, db: String, code: String, link: String) {
        let (work, db) = try CertCommandsTests.prepared()
        let file = try CertCommandsTests().issued(work, db)
        let code = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        return (work, db, code, "https://aisana.example.kz/index.html#" + code.replacingOccurrences(of: "-", with: ""))
    }

    static let instructions = [
        "en": "To verify, scan the QR code or open the link; to check the holder's IIN, ask the holder for the holder code printed on their own copy.",
        "ru": "Для проверки отсканируйте QR-код или откройте ссылку; чтобы сверить ИИН владельца, попросите у него код владельца, напечатанный на его экземпляре сертификата.",
        "kk": "Тексеру үшін QR кодты сканерлеңіз немесе сілтемені ашыңыз; сертификат иесінің ЖСН-ін тексеру үшін одан өз данасында басылған иесінің кодын сұраңыз.",
    ]

    @Test func issuerVerifyURLIsCheckedStoredAndShown() throws {
        let (work, db) = try CertCommandsTests.prepared()
        defer { withExtendedLifetime(work) {} }
        let shown = try sana.run(["cert", "issuer", "--db", db])
        #expect(shown.stdout == """
            issuer: AI-Sana <https://aisana.example.kz>
            status list: https://aisana.example.kz/credentials/status/revocation
            verification page: https://aisana.example.kz/index.html (the issuer's URL + /index.html, where sana cert publish puts the page; set with --verify-url)

            """)
        let set = try sana.run(["cert", "issuer", "--db", db, "--verify-url", "https://check.aisana.kz/cert"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout == "verification page: https://check.aisana.kz/cert\n")
        #expect(try sana.run(["cert", "issuer", "--db", db]).stdout.hasSuffix("verification page: https://check.aisana.kz/cert\n"))
        // Changing the issuer leaves a page that was set alone.
        #expect(try sana.run(["cert", "issuer", "--db", db, "--url", "https://new.example.kz"]).stdout == "issuer: AI-Sana <https://new.example.kz>\n")
        #expect(try sana.run(["cert", "issuer", "--db", db]).stdout.hasSuffix("verification page: https://check.aisana.kz/cert\n"))
        for (url, reason) in [
            ("ftp://check.aisana.kz/", "must start with https:// or http://"),
            ("check.aisana.kz", "must start with https:// or http://"),
            ("https://", "names no host"),
            ("https:///verify", "names no host"),
            ("https://check.aisana.kz/a b", "contains a space or a control character"),
            ("https://check.aisana.kz/\u{1B}[2J", "contains a space or a control character"),
            ("https://check.aisana.kz/#x", "already has a fragment (#...): the certificate's code goes there"),
            ("https://check.aisana.kz/" + String(repeating: "a", count: 180), "is longer than 200 characters: its QR code would print too dense to scan"),
        ] {
            let refused = try sana.run(["cert", "issuer", "--db", db, "--verify-url", url])
            #expect(refused.status == 1)
            #expect(refused.stderr == "sana: error: verification page URL '\(url)' \(reason)\n")
        }
        #expect(try sana.run(["cert", "issuer", "--db", db]).stdout.hasSuffix("verification page: https://check.aisana.kz/cert\n"), "a refused URL changes nothing")
        let audit = try DatabaseQueue(path: db).read { try String.fetchAll($0, sql: "SELECT action || ' ' || subject FROM audit_log WHERE action IN ('cert.issuer', 'cert.verify-url') ORDER BY id") }
        #expect(audit == ["cert.issuer https://aisana.example.kz", "cert.verify-url https://check.aisana.kz/cert", "cert.issuer https://new.example.kz"])
    }

    @Test func textCarriesTheLinkAndDrawsTheQRCodeOnlyWhenAsked() throws {
        let (work, db, code, link) = try issued()
        for lang in ["en", "ru", "kk"] {
            let plain = try sana.run(["cert", "show", "--db", db, code, "--lang", lang])
            #expect(plain.status == 0, "\(plain.stderr)")
            let instruction = try #require(Self.instructions[lang])
            #expect(plain.stdout.contains("\n  \(instruction)\n    \(link)\n"), "\(lang): \(plain.stdout)")
            #expect(!plain.stdout.contains { "▀▄█".contains($0) }, "a pipe gets plain text")
        }
        // --qr draws it into the pipe; read it back as drawn, one module a character wide and two to a line.
        let drawn = try sana.run(["cert", "show", "--db", db, code, "--qr"])
        #expect(drawn.status == 0)
        let lines = drawn.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let qrLines = lines.filter { $0.hasPrefix("  ") && $0.dropFirst(2).allSatisfy { "▀▄█ ".contains($0) } && $0.count > 20 }
        #expect(qrLines.count == 23, "version 5 (37 modules) and 8 of quiet zone in 23 lines")
        #expect(Set(qrLines.map(\.count)).count == 1)
        #expect(qrLines.first?.trimmingCharacters(in: .whitespaces).isEmpty == true, "the quiet zone above")
        let bitmap = try #require(Bitmap.fromHalfBlocks(qrLines.map { String($0.dropFirst(2)) }))
        #expect(try ZBar.decode(bitmap.scaled(by: 4).writePBM(to: work.file("text.pbm"))) == [link])
        // The same text as a monospace page draws it: DejaVu Sans Mono, line-height 1.
        let page = try work.write("text.html", """
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#fff;color:#000">
            <pre style="font-family:'DejaVu Sans Mono',monospace;font-size:12px;line-height:1;margin:16px">\(qrLines.joined(separator: "\n"))</pre>
            </body></html>
            """)
        try Chromium.screenshot(page, to: work.file("text.png"), width: 400, height: 400)
        #expect(try ZBar.decode(work.file("text.png")) == [link])
    }

    /// On a terminal (a pseudo-terminal from script(1)) the QR code comes without --qr, black on white
    /// unless NO_COLOR is set.
    @Test func aTerminalGetsTheQRCode() throws {
        let (work, db, code, _) = try issued()
        defer { withExtendedLifetime(work) {} }
        let command = "'\(sana.path)' cert show --db '\(db)' \(code)"
        let coloured = try Self.inTerminal(command, environment: ["TERM": "xterm"])
        #expect(coloured.contains("\n  \u{1B}[30;107m    █▀▀▀▀▀█"), "\(coloured)")
        let plain = try Self.inTerminal(command, environment: ["TERM": "xterm", "NO_COLOR": "1"])
        #expect(plain.contains("\n      █▀▀▀▀▀█"), "\(plain)")
        #expect(!plain.contains("\u{1B}"))
    }

    static func inTerminal(_ command: String, environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()].merging(environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// Measures the printed page in the browser: anything outside the frame (cut off), the frame's
    /// overflow, and the QR code's size in CSS pixels (96 to the inch).
    static let layoutCheck = """
        <script>
        const frame = document.querySelector('.frame'), box = frame.getBoundingClientRect();
        const problems = [];
        if (frame.scrollHeight > frame.clientHeight + 1) problems.push('frame overflows by ' + (frame.scrollHeight - frame.clientHeight) + 'px');
        for (const el of frame.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
                problems.push(el.tagName + '.' + el.getAttribute('class') + ' at ' + [r.left, r.top, r.right, r.bottom].map(Math.round));
        }
        const svg = document.querySelector('.qr svg').getBoundingClientRect();
        document.body.setAttribute('data-layout', problems.join('; ') + '|' + svg.width + '|' + svg.bottom);
        </script>
        """

    /// The certificate as printed: one A4 page, the QR code inside it, at least 3 cm, nothing cut off,
    /// and exactly one code on the page that reads as the link. Every language, and revoked with a
    /// 200-character verification page (a version 13 code).
    @Test(arguments: ["en", "ru", "kk", "long"])
    func printedCertificateOnA4(_ variant: String) throws {
        let (work, db, code, defaultLink) = try issued()
        var link = defaultLink
        var lang = variant
        if variant == "long" {
            let page = "https://aisana.example.kz/" + String(repeating: "verify/", count: 24) + String(repeating: "v", count: 6)
            #expect(page.count == 200)
            #expect(try sana.run(["cert", "issuer", "--db", db, "--verify-url", page]).status == 0)
            #expect(try sana.run(["cert", "revoke", "--db", db, code, "--reason", "Exam misconduct found on review of the proctoring record"]).status == 0)
            link = page + "#" + code.replacingOccurrences(of: "-", with: "")
            lang = "ru"
        }
        let html = try sana.run(["cert", "show", "--db", db, code, "--format", "html", "--lang", lang])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("<a href=\"\(link)\">\(link)</a>"))
        #expect(html.stdout.contains(try #require(Self.instructions[lang])))
        let page = try work.write("certificate.html", html.stdout)

        // One page when printed.
        try Chromium.printToPDF(page, to: work.file("certificate.pdf"))
        let pdf = String(decoding: try Data(contentsOf: URL(fileURLWithPath: work.file("certificate.pdf"))), as: UTF8.self)
        #expect(pdf.components(separatedBy: "/Type /Page\n").count + pdf.components(separatedBy: "/Type /Page ").count - 2 == 1, "one A4 page")

        // Nothing outside the frame; the QR code at least 30 mm across (113.4 CSS px) without its quiet zone.
        let checked = try work.write("checked.html", html.stdout.replacingOccurrences(of: "</body>", with: Self.layoutCheck + "</body>"))
        let dom = try Chromium.dumpDOM(checked)
        let layout = try #require(dom.range(of: "data-layout=\"").map { dom[$0.upperBound...].prefix { $0 != "\"" } })
        let parts = layout.split(separator: "|", omittingEmptySubsequences: false)
        #expect(parts.count == 3 && parts[0].isEmpty, "cut off or overflowing: \(layout)")
        let modules = variant == "long" ? 69 : 37
        let svgWidth = try #require(Double(parts[1]))
        #expect(svgWidth * Double(modules) / Double(modules + 8) >= 113.3, "QR code \(svgWidth) px wide with its quiet zone")
        #expect(try #require(Double(parts[2])) < 1123, "the QR code ends on the page")

        // The screenshot of the A4 page: exactly one code, and it reads as the link.
        let scale = variant == "long" ? 2 : 1  // 0.5 mm modules need more than 96 dpi, as a printer has
        let png = work.file("certificate.png")
        try Chromium.screenshot(page, to: png, width: 794, height: 1123, scale: scale)
        let size = try Chromium.pngSize(png)
        #expect(size.width == 794 * scale && size.height == 1123 * scale)
        #expect(try ZBar.decode(png) == [link])
    }

    /// The code in the link's fragment, as read from the printed page's QR code, opens the certificate
    /// on the published verification site (`sana cert publish`) with a verdict.
    @Test func theLinkOpensTheCertificateOnThePublishedSite() throws {
        let (work, db, code, link) = try issued()
        let publish = try sana.run(["cert", "publish", "--db", db, work.file("site")])
        #expect(publish.status == 0, "\(publish.stderr)")
        let page = try work.write("certificate.html", try sana.run(["cert", "show", "--db", db, code, "--format", "html"]).stdout)
        try Chromium.screenshot(page, to: work.file("certificate.png"), width: 794, height: 1123)
        let scanned = try ZBar.decode(work.file("certificate.png"))
        #expect(scanned == [link])
        let fragment = try #require(scanned.first?.split(separator: "#").last)
        let shown = try VerificationPage.visit([["url": "index.html#\(fragment)"]], serve: work.file("site"))
        #expect(shown.first?.verdict == "valid", "\(shown.first?.message ?? "") \(shown.first?.failure ?? "")")
    }

    /// The SVG alone, as the browser rasterizes it at a few sizes.
    @Test func theCertificatesSVGReadsBackAtSeveralSizes() throws {
        let (work, db, code, link) = try issued()
        let html = try sana.run(["cert", "show", "--db", db, code, "--format", "html"]).stdout
        let start = try #require(html.range(of: "<svg "))
        let end = try #require(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
        let svg = String(html[start.lowerBound..<end.upperBound])
        #expect(svg.contains("viewBox=\"0 0 45 45\" width=\"36.5mm\" height=\"36.5mm\" shape-rendering=\"crispEdges\""))
        for pixels in [135, 200, 420] {
            let page = try work.write("svg-\(pixels).html", """
                <!DOCTYPE html><html><body style="margin:0;background:#fff">
                <div style="margin:10px;width:\(pixels)px">\(svg.replacingOccurrences(of: "width=\"36.5mm\" height=\"36.5mm\"", with: "width=\"\(pixels)\" height=\"\(pixels)\""))</div>
                </body></html>
                """)
            try Chromium.screenshot(page, to: work.file("svg-\(pixels).png"), width: pixels + 20, height: pixels + 20)
            #expect(try ZBar.decode(work.file("svg-\(pixels).png")) == [link], "at \(pixels) px")
        }
    }
}
