import ArgumentParser
import Certificates
import SanaStore
import Foundation

struct CertStatusListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status-list",
        abstract: "Publish revocations as a signed W3C Bitstring Status List credential.",
        discussion: """
            Verifiers pass the file to 'sana cert verify --status'. The list says until when it is current             (--valid-days, 7 by default): after that, and for certificates issued after it was published,             verifiers cannot decide whether a certificate is revoked, so publish a new list at least that often             (daily from cron is a good habit). The file is never overwritten.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var key: KeyOptions
    @Argument(help: ArgumentHelp("The JWS file to write.", valueName: "out.jwt")) var out: UserPath
    @Option(help: ArgumentHelp("Days the list counts as current (validUntil).", valueName: "days")) var validDays = StatusListPublisher.defaultValidDays

    func validate() throws {
        guard (1...366).contains(validDays) else { throw ValidationError("--valid-days must be 1 to 366, not \(validDays)") }
        try OutputTarget.check(out, option: "status-list", storePath: store.path, keyPath: key.path(storePath: store.path))
    }

    func run() throws {
        try AtomicFile.checkTarget(out.absolute, existing: .refuse)
        let store = try store.open()
        let signer = try SigningKeys(store: store).signer(keyPath: key.path(storePath: store.path))
        let path = out.absolute
        let published = try StatusListPublisher(store: store, signer: signer).publish(validDays: validDays)
        try OutputFile.writeNew(path, Array((published.jws + "\n").utf8))
        let texts = lang.texts(store: store)
        Output.line(texts(CertMessage.wroteStatusList, [
            "path": path, "url": published.url, "entries": String(published.length), "revoked": String(published.revoked),
            "certificates": String(published.certificates), "time": texts.dateTime(published.validUntil),
        ]))
    }
}
