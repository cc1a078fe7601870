import ArgumentParser
import Certificates
import SanaStore
import Foundation

struct CertStatusListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status-list",
        abstract: "Publish revocations as a signed W3C Bitstring Status List credential.",
        discussion: "Verifiers pass the file to 'sana cert verify --status'. The file is never overwritten."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var key: KeyOptions
    @Argument(help: ArgumentHelp("The JWS file to write.", valueName: "out.jwt")) var out: UserPath

    func validate() throws {
        try OutputTarget.check(out, option: "status-list", storePath: store.path, keyPath: key.path(storePath: store.path))
    }

    func run() throws {
        try AtomicFile.checkTarget(out.absolute, existing: .refuse)
        let store = try store.open()
        let signer = try SigningKeys(store: store).signer(keyPath: key.path(storePath: store.path))
        let path = out.absolute
        let published = try StatusListPublisher(store: store, signer: signer).publish()
        try OutputFile.writeNew(path, Array((published.jws + "\n").utf8))
        Output.line("wrote \(path): \(published.url), \(published.length) entries, \(published.revoked) revoked of \(published.certificates) certificates")
    }
}
