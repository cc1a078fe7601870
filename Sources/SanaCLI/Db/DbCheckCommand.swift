import ArgumentParser
import SanaStore

struct DbCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run SQLite's integrity and foreign-key checks; exit 1 on any problem."
    )

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print the results as JSON (exit 1 still marks a problem).") var json = false

    func run() throws {
        let store = try store.openReadOnly()
        let check = try store.check()
        if json {
            try Output.json(check)
            if !check.isHealthy { throw ExitCode.failure }
            return
        }
        if check.isHealthy {
            Output.line("store \(store.path): integrity ok, foreign keys ok")
            return
        }
        for problem in check.integrity where problem != "ok" {
            Output.diagnostic("\(store.path): error: integrity: \(problem)")
        }
        for violation in check.foreignKeyViolations {
            Output.diagnostic("\(store.path): error: foreign key: \(violation.table) row \(violation.rowid.map(String.init) ?? "?") points to a missing \(violation.parent)")
        }
        Output.error("store \(store.path) failed its checks")
        throw ExitCode.failure
    }
}
