import ArgumentParser
import Certificates

/// `--key PATH`: the issuer's private key, by default `keys/signing-key.pem` beside the store.
struct KeyOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The private key file (default: keys/signing-key.pem in the store's folder).", valueName: "path"))
    var key: UserPath?

    func path(storePath: String) -> String {
        key?.absolute ?? KeyFile.defaultPath(storePath: storePath)
    }
}
