import ArgumentParser
import Certificates

struct CertKeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List the issuer's signing keys with their validity windows."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Flag(help: "Print the keys as JSON.") var json = false

    func run() throws {
        let opened = try store.openReadOnly()
        let keys = try SigningKeys(store: opened).list()
        if json {
            try Output.json(keys.map(TrustedKey.init(record:)))
            return
        }
        let texts = lang.texts(store: opened)
        if keys.isEmpty {
            Output.line(texts(CertMessage.noKeys))
            return
        }
        let states = (current: texts(CertMessage.keyCurrent), retired: texts(CertMessage.keyRetired))
        let width = max(states.current.count, states.retired.count) + 2
        for key in keys {
            let state = key.isCurrent ? states.current : states.retired
            Output.line(state.padding(toLength: width, withPad: " ", startingAt: 0) + key.kid)
            let from = texts.dateTime(key.notBefore)
            let valid = key.notAfter.map { texts(CertMessage.keyValidBetween, ["from": from, "until": texts.dateTime($0)]) } ?? texts(CertMessage.keyValidFrom, ["from": from])
            Output.line(String(repeating: " ", count: width) + valid)
        }
    }
}
