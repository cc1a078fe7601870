import ArgumentParser
import Certificates
import SanaStore

struct CertIssuerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issuer",
        abstract: "Show or set the issuer's name and web address printed on every certificate."
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "The issuing organisation's name.") var name: String?
    @Option(help: "The issuer's web address (https://...); status lists are published under it.") var url: String?

    func run() throws {
        let store = try store.open()
        if name != nil || url != nil {
            let profile = try store.write { db -> IssuerProfile in
                let old = try IssuerProfile.loadIfSet(db)
                guard let name = name ?? old?.name, let url = url ?? old?.url else { throw CertificatesError.issuerNotSet }
                let profile = IssuerProfile(name: name, url: url)
                try profile.save(db)
                try AuditEntry.record(db, action: "cert.issuer", subject: profile.url, detail: profile.name)
                return profile
            }
            Output.line("issuer: \(profile.name) <\(profile.url)>")
            return
        }
        let profile = try store.read { try IssuerProfile.load($0) }
        Output.line("issuer: \(profile.name) <\(profile.url)>")
        Output.line("status list: \(profile.statusListURL)")
    }
}
