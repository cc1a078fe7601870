import ArgumentParser
import Certificates

struct CertLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find a certificate in the store by the code printed on it."
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The certificate's code (case, spaces and hyphens do not matter) or urn:uuid id.", valueName: "code")) var code: String
    @Flag(help: "Print the certificate as JSON.") var json = false

    func run() throws {
        let view = try CertificateViews(store: store.openReadOnly()).view(code)
        if json {
            try Output.json(view)
            return
        }
        Output.line(CertificateDocument(view: view, lang: "en").text(includeVerification: false))
        Output.line("credential:")
        Output.line(view.credential)
    }
}
