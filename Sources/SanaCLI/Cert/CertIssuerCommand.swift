import ArgumentParser
import Certificates
import SanaStore

struct CertIssuerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issuer",
        abstract: "Show or set the issuer's name and web address printed on every certificate, and its verification page."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Option(help: "The issuing organisation's name.") var name: String?
    @Option(help: "The issuer's web address (https://...); status lists are published under it.") var url: String?
    @Option(
        name: .customLong("verify-url"),
        help: "The verification page's address (https://...), printed with each certificate's code as URL#CODE and as a QR code (default: the issuer's URL + /index.html)."
    ) var verifyURL: String?

    func run() throws {
        let store = try store.open()
        let texts = lang.texts(store: store)
        if name != nil || url != nil || verifyURL != nil {
            let (profile, page) = try store.write { db -> (IssuerProfile?, VerificationPage?) in
                var profile = try IssuerProfile.loadIfSet(db)
                if name != nil || url != nil {
                    guard let name = name ?? profile?.name, let url = url ?? profile?.url else { throw CertificatesError.issuerNotSet }
                    profile = IssuerProfile(name: name, url: url)
                    try profile?.save(db)
                    try AuditEntry.record(db, action: "cert.issuer", subject: url, detail: profile?.name)
                }
                if let verifyURL {
                    try VerificationPage(url: verifyURL).save(db)
                    try AuditEntry.record(db, action: "cert.verify-url", subject: verifyURL, detail: nil)
                }
                return (profile, try VerificationPage.load(db))
            }
            if name != nil || url != nil, let profile { Output.line(texts(CertMessage.issuer, ["name": profile.name, "url": profile.url])) }
            if verifyURL != nil, let page { Output.line(texts(CertMessage.verificationPage, ["url": page.url])) }
            return
        }
        let (profile, page) = try store.read { db in (try IssuerProfile.load(db), try VerificationPage.load(db)) }
        Output.line(texts(CertMessage.issuer, ["name": profile.name, "url": profile.url]))
        Output.line(texts(CertMessage.statusListURL, ["url": profile.statusListURL]))
        if let page {
            Output.line(texts(CertMessage.verificationPage, ["url": page.url]) + (page.isDefault ? texts(CertMessage.verificationPageDefault) : ""))
        }
    }
}
