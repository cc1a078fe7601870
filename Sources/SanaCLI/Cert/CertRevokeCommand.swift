import ArgumentParser
import Certificates

struct CertRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke a certificate: it is kept, with the reason, your OS user and the time.",
        discussion: "Publish the change with 'sana cert status-list OUT.jwt'."
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The certificate's urn:uuid id or code.", valueName: "id-or-code")) var certificate: String
    @Option(help: "Why it is revoked (kept in the store and the audit log).") var reason: String

    func run() throws {
        let (record, revocation) = try Revocations(store: store.open()).revoke(certificate, reason: reason)
        Output.line("revoked \(record.id) (\(record.code)) by \(revocation.actor) at \(revocation.at): \(revocation.reason)")
        Output.line("publish it with 'sana cert status-list OUT.jwt'")
    }
}
