import ArgumentParser
import Certificates

struct CertReissueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reissue",
        abstract: "Sign again, under the current key, every unrevoked certificate of a compromised key, with the same code.",
        discussion: """
            The certificates keep their id, code and status; each gets a new signature and issue date, and \
            those that still published their holder's salt get a holder code instead (print them again with \
            'sana cert show'). With --out the new files replace the old ones in DIR.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var key: KeyOptions
    @Argument(help: ArgumentHelp("The compromised key's id, or a part of it that names one key ('sana cert keys' lists them).", valueName: "keyid"))
    var keyID: String
    @Option(help: ArgumentHelp("Write each new certificate to DIR/<code>.jwt, replacing the old file.", valueName: "dir")) var out: UserPath?
    @Flag(help: "Print the reissued certificates as JSON.") var json = false

    func run() throws {
        let store = try store.open()
        let signer = try SigningKeys(store: store).signer(keyPath: key.path(storePath: store.path))
        let reissued = try Reissuance(store: store, signer: signer).reissue(key: keyID, outDir: out?.absolute)
        if json {
            try Output.json(reissued)
            return
        }
        for cert in reissued {
            Output.line("\(cert.code)  \(Output.visible(cert.learner))  \(cert.course) v\(cert.version)\(cert.file.map { "  \($0)" } ?? "")")
        }
        Output.line(lang.texts(store: store)(CertMessage.reissued, count: reissued.count, ["kid": signer.record.kid]))
    }
}
