import ArgumentParser
import Certificates
import Foundation

struct CertCompromiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compromise",
        abstract: "Mark a signing key compromised: every certificate it signed fails verification from then on.",
        discussion: """
            For a private key that was exposed (copied, lost with a laptop, found in a backup). A current key \
            is also retired and its key file deleted: make the next one with 'sana cert keygen'. Then export \
            the trust file again and publish it (verifiers check against the trust file they have), and sign \
            the still-valid certificates again with 'sana cert reissue KEYID'.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var key: KeyOptions
    @Argument(help: ArgumentHelp("The key's id (did:key...#...), or a part of it that names one key ('sana cert keys' lists them).", valueName: "keyid"))
    var keyID: String

    func run() throws {
        let store = try store.open()
        let marked = try SigningKeys(store: store).compromise(keyID, keyPath: key.path(storePath: store.path))
        let texts = lang.texts(store: store)
        Output.line(texts(CertMessage.compromised, ["kid": marked.kid, "time": marked.compromisedAt.map(texts.dateTime) ?? texts.dateTime(Date())]))
        Output.line(texts(CertMessage.compromisedNext, ["kid": keyID]))
    }
}
