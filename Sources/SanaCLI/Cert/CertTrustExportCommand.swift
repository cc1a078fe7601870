import ArgumentParser
import Certificates

struct CertTrustExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trust-export",
        abstract: "Write the issuer's public keys with their validity windows: the file a verifier pins."
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The JSON file to write (never overwritten).", valueName: "out.json")) var out: String

    func run() throws {
        let list = try SigningKeys(store: store.open()).trustList()
        guard !list.keys.isEmpty else { throw CertificatesError.noSigningKey }
        let path = StoreLocationPath.absolute(out)
        try OutputFile.writeNew(path, Array(try list.jsonText().utf8))
        Output.line("wrote \(path): \(list.keys.count) key\(list.keys.count == 1 ? "" : "s")")
    }
}
