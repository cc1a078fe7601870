import ArgumentParser
import Certificates

struct CertLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find a certificate in the store by the code printed on it."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: ArgumentHelp("The certificate's code (case, spaces and hyphens do not matter) or urn:uuid id.", valueName: "code")) var code: String
    @Flag(help: "Print the certificate as JSON.") var json = false

    func run() throws {
        let opened = try store.openReadOnly()
        let view = try CertificateViews(store: opened).view(code)
        if json {
            try Output.json(view)
            return
        }
        let texts = lang.texts(store: opened)
        Output.line(CertificateDocument(view: view, lang: texts.language.rawValue).text(includeVerification: false))
        Output.line(texts(CertMessage.credential))
        Output.line(view.credential)
    }
}
