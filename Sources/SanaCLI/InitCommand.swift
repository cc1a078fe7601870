import ArgumentParser
import SanaStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the store, or bring an existing one up to this version's schema.",
        discussion: "Safe to run again: a store that is already current is left as it is."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption

    func run() throws {
        let (store, applied) = try Store.initialize(at: store.path)
        if !applied.isEmpty {
            try store.write { db in
                try AuditEntry.record(db, action: "db.migrate", subject: store.path, detail: applied.map(\.name).joined(separator: ","))
            }
        }
        let version = try store.status().schemaVersion
        let texts = lang.texts(store: store)
        Output.line(applied.isEmpty ? texts(AdminMessage.upToDate, ["path": store.path])
            : texts(AdminMessage.applied, ["path": store.path, "list": applied.map(\.name).joined(separator: ", ")]))
        Output.line(texts(AdminMessage.schemaVersionIs, ["version": String(version)]))
    }
}
