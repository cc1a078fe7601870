import ArgumentParser
import Certificates

struct CertShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a certificate for people: name, course, date, score, code, issuer and how to verify it.",
        discussion: "The HTML prints on one A4 page: sana cert show CODE --format html > certificate.html"
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

    func run() throws {
        let view = try CertificateViews(store: store.openReadOnly()).view(certificate)
        let document = CertificateDocument(view: view, lang: lang?.rawValue)
        switch format {
        case .text: Output.line(document.text())
        case .html: Output.line(document.html())
        }
    }
}
