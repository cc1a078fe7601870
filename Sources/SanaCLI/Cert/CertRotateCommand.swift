import ArgumentParser
import Certificates

struct CertRotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate",
        abstract: "Retire the current signing key and start a new one.",
        discussion: """
            Certificates signed before stay valid; the retired key signs nothing more, and its private key
            file is deleted (a retired key only has to verify, and a private key left on disk could sign
            backdated certificates). An operator who must escrow keys copies the key file to offline storage
            before rotating. Export the trust file again afterwards.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var key: KeyOptions

    func run() throws {
        let store = try store.open()
        let path = key.path(storePath: store.path)
        let (retired, current) = try SigningKeys(store: store).rotate(at: path)
        let texts = lang.texts(store: store)
        Output.line(texts(CertMessage.rotatedOld, ["kid": retired.kid, "time": retired.notAfter.map(texts.dateTime) ?? "?"]))
        Output.line(texts(CertMessage.rotatedNew, ["kid": current.kid, "path": path]))
    }
}
