import ArgumentParser
import Certificates

struct CertRotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate",
        abstract: "Retire the current signing key and start a new one.",
        discussion: """
            Certificates signed before stay valid; the retired key signs nothing more. Its file moves to
            retired-<key>.pem beside the new one. Export the trust file again afterwards.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var key: KeyOptions

    func run() throws {
        let store = try store.open()
        let path = key.path(storePath: store.path)
        let (retired, current) = try SigningKeys(store: store).rotate(at: path)
        Output.line("retired key \(retired.kid) (not after \(retired.notAfter ?? "?"))")
        Output.line("new key \(current.kid) in \(path)")
    }
}
