import ArgumentParser
import Certificates
import Courses

struct CertShowCommand: ParsableCommand, MessageLanguage {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a certificate for people: name, course, date, score, code, issuer and how to verify it.",
        discussion: """
            The HTML prints on one A4 page: sana cert show CODE --format html > certificate.html
            Both formats carry the verification page's link (URL#CODE, see 'sana cert issuer --verify-url') and its \
            QR code; the text shows the QR code only on a terminal or with --qr, so a pipe gets plain text.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, html
    }

    enum Language: String, ExpressibleByArgument, CaseIterable {
        case kk, ru, en
    }

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The certificate's urn:uuid id or code.", valueName: "id-or-code")) var certificate: String
    @Option(help: "text or html.") var format: Format = .text
    @Option(help: "The language: kk, ru or en (default: the language the exam was taken in).") var lang: Language?
    @Flag(help: "Draw the QR code in the text even when stdout is not a terminal.") var qr = false

    /// `--lang` is the certificate's language, and the language of this command's errors.
    var messageLanguage: Courses.Language? {
        lang.flatMap { Courses.Language(rawValue: $0.rawValue) }
    }

    func run() throws {
        let views = CertificateViews(store: try store.openReadOnly())
        let view = try views.view(certificate)
        var document = CertificateDocument(view: view, lang: lang?.rawValue)
        document.verificationURL = try views.verificationLink(for: view)
        switch format {
        case .text:
            // Black on white where the terminal takes colours: on a dark background the code would read inverted.
            let style: (String) -> String = Terminal.stylesOutput ? { "\u{1B}[30;107m\($0)\u{1B}[0m" } : { $0 }
            Output.line(document.text(qr: qr || Terminal.stdoutIsTTY, styleQR: style))
        case .html:
            Output.line(document.html())
        }
    }
}
