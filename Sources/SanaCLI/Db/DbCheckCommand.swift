import ArgumentParser
import SanaStore

struct DbCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run SQLite's integrity and foreign-key checks; exit 1 on any problem."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Flag(help: "Print the results as JSON (exit 1 still marks a problem).") var json = false

    func run() throws {
        let store = try store.openReadOnly()
        let check = try store.check()
        if json {
            try Output.json(check)
            if !check.isHealthy { throw ExitCode.failure }
            return
        }
        let texts = lang.texts(store: store)
        if check.isHealthy {
            Output.line(texts(AdminMessage.checkOk, ["path": store.path]))
            return
        }
        for problem in check.integrity where problem != "ok" {
            Output.diagnostic(texts(AdminMessage.checkIntegrity, ["path": store.path, "problem": problem]))
        }
        for violation in check.foreignKeyViolations {
            Output.diagnostic(texts(AdminMessage.checkForeignKey, [
                "path": store.path, "table": violation.table, "row": violation.rowid.map(String.init) ?? "?", "parent": violation.parent,
            ]))
        }
        Output.error(texts(AdminMessage.checkFailed, ["path": store.path]))
        throw ExitCode.failure
    }
}
