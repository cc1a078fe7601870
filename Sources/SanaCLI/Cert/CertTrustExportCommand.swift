import ArgumentParser
import Certificates
import SanaStore

struct CertTrustExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trust-export",
        abstract: "Write the issuer's public keys with their validity windows: the file a verifier pins."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: ArgumentHelp("The JSON file to write (never overwritten).", valueName: "out.json")) var out: UserPath

    func validate() throws {
        try OutputTarget.check(out, option: "trust-export", storePath: store.path)
    }

    func run() throws {
        try AtomicFile.checkTarget(out.absolute, existing: .refuse)
        let opened = try store.openReadOnly()
        let list = try SigningKeys(store: opened).trustList()
        guard !list.keys.isEmpty else { throw CertificatesError.noSigningKey }
        let path = out.absolute
        try OutputFile.writeNew(path, Array(try list.jsonText().utf8))
        Output.line(lang.texts(store: opened)(CertMessage.wroteTrust, count: list.keys.count, ["path": path]))
    }
}
