import ArgumentParser
import Certificates

struct CertKeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List the issuer's signing keys with their validity windows."
    )

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print the keys as JSON.") var json = false

    func run() throws {
        let keys = try SigningKeys(store: store.openReadOnly()).list()
        if json {
            try Output.json(keys.map(TrustedKey.init(record:)))
            return
        }
        if keys.isEmpty {
            Output.line("no signing keys: run 'sana cert keygen'")
            return
        }
        for key in keys {
            let state = key.isCurrent ? "current" : "retired"
            Output.line("\(state)  \(key.kid)")
            Output.line("         valid from \(key.notBefore)\(key.notAfter.map { " until \($0)" } ?? "")")
        }
    }
}
