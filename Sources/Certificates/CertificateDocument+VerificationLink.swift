import SanaQR

extension CertificateDocument {
    /// The QR code of the verification link, at level Q (a quarter of it can be lost to a crease, a
    /// stamp or a signature and it still reads); nil without a link.
    package var verificationQRCode: QRCode? {
        verificationURL.flatMap { try? QRCode(text: $0, errorCorrection: .quartile) }
    }

    var verificationLabels: VerificationLabels {
        VerificationLabels.forLanguage(lang)
    }

    /// The text lines that lead a verifier to the page: what to do, the link and, with `qr`, the QR
    /// code in half blocks, each of its lines passed through `styleQR` (a terminal may colour it
    /// black on white, since a dark terminal would show it inverted).
    func verificationLinkLines(qr: Bool, styleQR: (String) -> String) -> [String] {
        guard let url = verificationURL else { return [] }
        var lines = ["  \(verificationLabels.instruction)", "    \(url)"]
        if qr, let code = verificationQRCode {
            lines += code.halfBlockLines().map { "  " + styleQR($0) }
        }
        return lines
    }

    /// The QR code's printed width, quiet zone included: the symbol itself at least 30 mm across, and
    /// no module under 0.5 mm, so a phone reads it from the A4 page.
    static func printedWidth(of code: QRCode) -> String {
        let module = max(30.0 / Double(code.size), 0.5)
        let tenths = Int((module * Double(code.size + 8) * 10).rounded(.up))
        return "\(tenths / 10).\(tenths % 10)mm"
    }

    /// The QR code floats right of the "how to verify" text, which wraps beside it: the section grows
    /// by little more than the instruction and the link.
    static let verificationCSS = """
        .verify { display: flow-root; }
        .qr { float: right; margin: -2mm -1mm 0 4mm; line-height: 0; }
        .qr svg { display: block; }
        .link { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; overflow-wrap: anywhere; }
        .link a { color: inherit; text-decoration: none; }
        """

    /// The QR code (an inline SVG with a quiet zone of 4 modules), what to do and the link; empty
    /// without a link.
    func verificationHTML(escape e: (String) -> String) -> String {
        guard let url = verificationURL, let code = verificationQRCode else { return "" }
        return """
            <div class="qr" role="img" aria-label="\(e(verificationLabels.qrCode))">\(code.svg(width: Self.printedWidth(of: code)))</div>
            <p>\(e(verificationLabels.instruction))</p>
            <p class="link"><a href="\(e(url))">\(e(url))</a></p>
            """
    }
}
