import ArgumentParser
import Certificates

struct CertRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke a certificate: it is kept, with the reason, your OS user and the time.",
        discussion: "Publish the change with 'sana cert status-list OUT.jwt'."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: ArgumentHelp("The certificate's urn:uuid id or code.", valueName: "id-or-code")) var certificate: String
    @Option(help: "Why it is revoked (kept in the store and the audit log).") var reason: String

    func run() throws {
        let opened = try store.open()
        let (record, revocation) = try Revocations(store: opened).revoke(certificate, reason: reason)
        let texts = lang.texts(store: opened)
        Output.line(texts(CertMessage.revoked, [
            "id": record.id, "code": record.code, "actor": revocation.actor, "time": texts.dateTime(revocation.at), "reason": revocation.reason,
        ]))
        Output.line(texts(CertMessage.revokedNext))
    }
}
