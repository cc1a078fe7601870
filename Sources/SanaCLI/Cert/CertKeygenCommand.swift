import ArgumentParser
import Certificates

struct CertKeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Generate the issuer's Ed25519 signing key (PKCS#8 PEM, mode 0600) and register its public key.",
        discussion: "Refuses when a current key exists (use 'sana cert rotate') or the key file already exists."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var key: KeyOptions

    func run() throws {
        let store = try store.open()
        let path = key.path(storePath: store.path)
        let record = try SigningKeys(store: store).generate(at: path)
        let texts = lang.texts(store: store)
        Output.line(texts(CertMessage.wroteKey, ["path": path]))
        Output.line(texts(CertMessage.registeredKey, ["kid": record.kid, "time": texts.dateTime(record.notBefore)]))
    }
}
