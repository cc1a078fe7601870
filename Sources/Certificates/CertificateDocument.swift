/// A certificate for people: plain text for a terminal, or an HTML page that prints on one A4 sheet.
package struct CertificateDocument: Sendable {
    package let view: CertificateView
    package let lang: String
    package let labels: CertificateLabels
    /// The verification page's link for this certificate (`URL#CODE`), printed with its QR code.
    package var verificationURL: String?

    package init(view: CertificateView, lang: String?) {
        self.view = view
        let chosen = lang ?? view.lang
        self.lang = CertificateLabels.languages.contains(chosen) ? chosen : "en"
        labels = CertificateLabels.forLanguage(self.lang)
    }

    var date: String { String(view.issuedAt.prefix(10)) }
    var verifyCommand: String {
        "sana cert verify \(view.code).jwt --trust issuer.json --status status-list.jwt" + (view.holderCode.map { " --iin IIN --holder-code \($0)" } ?? "")
    }
    var lookupCommand: String { "sana cert lookup \(view.code)" }

    package func text(includeVerification: Bool = true, qr: Bool = false, styleQR: (String) -> String = { $0 }) -> String {
        var lines: [String] = []
        if let revocation = view.revocation {
            lines.append("*** \(labels.revoked) \(revocation.at.prefix(10)): \(revocation.reason) ***")
        }
        lines.append(labels.title.uppercased())
        lines.append("")
        lines.append(labels.certifies)
        lines.append("  \(view.holder)")
        lines.append(labels.completed)
        lines.append("  \(view.courseTitle(lang: lang))")
        lines.append("")
        lines.append("\(labels.score): \(view.score)%")
        lines.append("\(labels.date): \(date)")
        if let until = view.validUntil { lines.append("\(labels.validUntil): \(until.prefix(10))") }
        lines.append("\(labels.code): \(view.code)")
        if let holder = view.holderCode {
            lines.append("\(labels.holderCode): \(holder) (\(labels.holderCodeText))")
        }
        lines.append("\(labels.issuer): \(view.issuerName) (\(view.issuerURL))")
        lines.append("id: \(view.id)")
        if includeVerification {
            lines.append("")
            lines.append("\(labels.howToVerify):")
            lines += verificationLinkLines(qr: qr, styleQR: styleQR)
            lines.append("  \(labels.verifyText)")
            lines.append("    \(verifyCommand)")
            lines.append("  \(labels.lookupText)")
            lines.append("    \(lookupCommand)")
        }
        return lines.joined(separator: "\n")
    }

    package func html() -> String {
        func e(_ text: String) -> String {
            var out = ""
            for char in text {
                switch char {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                default: out.append(char)
                }
            }
            return out
        }
        let revoked = view.revocation.map {
            "<div class=\"revoked\">\(e(labels.revoked)) \(e(String($0.at.prefix(10)))): \(e($0.reason))</div>"
        } ?? ""
        let until = view.validUntil.map { "<div><dt>\(e(labels.validUntil))</dt><dd>\(e(String($0.prefix(10))))</dd></div>" } ?? ""
        return """
            <!DOCTYPE html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8">
            <title>\(e(labels.title)) \(e(view.code))</title>
            <style>
            @page { size: A4; margin: 0; }
            * { box-sizing: border-box; }
            html, body { margin: 0; padding: 0; }
            body { font-family: "DejaVu Serif", Georgia, serif; color: #1b2a3a; background: #fff; }
            .page { width: 210mm; height: 297mm; padding: 14mm; overflow: hidden; page-break-after: avoid; }
            .frame { height: 100%; border: 3mm double #1f5f8b; padding: 12mm 14mm 8mm; display: flex; flex-direction: column; position: relative; }
            .issuer-top { text-align: center; font-size: 12pt; letter-spacing: 0.08em; text-transform: uppercase; color: #1f5f8b; }
            h1 { text-align: center; font-size: 40pt; margin: 6mm 0 5mm; letter-spacing: 0.12em; font-weight: normal; }
            .lead { text-align: center; font-size: 13pt; font-style: italic; margin: 0; }
            .holder { text-align: center; font-size: 26pt; margin: 5mm 0; font-weight: bold; }
            .course { text-align: center; font-size: 20pt; margin: 3mm 6mm 7mm; color: #1f5f8b; }
            dl { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm 10mm; margin: 0 4mm; font-size: 11.5pt; }
            dt { color: #5a6b7b; font-size: 9.5pt; text-transform: uppercase; letter-spacing: 0.05em; }
            dd { margin: 1mm 0 0; }
            .code { font-family: "DejaVu Sans Mono", monospace; font-size: 13pt; font-weight: bold; white-space: nowrap; }
            .verify { margin-top: auto; border-top: 0.4mm solid #c5d3e0; padding-top: 4mm; font-size: 9.5pt; font-family: "DejaVu Sans", Arial, sans-serif; }
            .verify h2 { font-size: 11pt; margin: 0 0 2mm; }
            .verify p { margin: 1mm 0; }
            code { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; background: #eef3f7; padding: 0.5mm 1mm; overflow-wrap: anywhere; }
            .id { color: #5a6b7b; font-size: 8pt; word-break: break-all; }
            \(Self.verificationCSS)
            .revoked { position: absolute; top: 60mm; left: 10mm; right: 10mm; text-align: center; font-size: 22pt; color: #b00020; border: 1mm solid #b00020; padding: 3mm; transform: rotate(-8deg); background: rgba(255,255,255,0.85); }
            </style>
            </head>
            <body>
            <div class="page"><div class="frame">
            \(revoked)
            <div class="issuer-top">\(e(view.issuerName))</div>
            <h1>\(e(labels.title))</h1>
            <p class="lead">\(e(labels.certifies))</p>
            <div class="holder">\(e(view.holder))</div>
            <p class="lead">\(e(labels.completed))</p>
            <div class="course">«\(e(view.courseTitle(lang: lang)))»</div>
            <dl>
            <div><dt>\(e(labels.score))</dt><dd>\(e(view.score))%</dd></div>
            <div><dt>\(e(labels.date))</dt><dd>\(e(date))</dd></div>
            <div><dt>\(e(labels.code))</dt><dd class="code">\(e(view.code))</dd></div>
            \(view.holderCode.map { "<div><dt>\(e(labels.holderCode))</dt><dd class=\"code\">\(e($0))</dd><dd>\(e(labels.holderCodeText))</dd></div>" } ?? "")
            <div><dt>\(e(labels.issuer))</dt><dd>\(e(view.issuerName))<br>\(e(view.issuerURL))</dd></div>
            \(until)
            </dl>
            <div class="verify">
            <h2>\(e(labels.howToVerify))</h2>
            \(verificationHTML(escape: e))
            <p>\(e(labels.verifyText))</p>
            <p><code>\(e(verifyCommand))</code></p>
            <p>\(e(labels.lookupText)) <code>\(e(lookupCommand))</code></p>
            <p class="id">\(e(view.id)) · \(e(view.kid))</p>
            </div>
            </div></div>
            </body>
            </html>

            """
    }
}
