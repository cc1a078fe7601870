import ArgumentParser
import Certificates
import Foundation
import SanaStore

struct DbBackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the store to a new file, consistently, even while others write.",
        discussion: """
            Uses SQLite's online backup; opens the store read-only, so a store on a full or read-only disk \
            can be copied. Refuses to overwrite an existing file; the copy is mode 0600 and appears whole or \
            not at all. The signing keys are NOT in the backup: they stay in the keys/ folder beside the store \
            (see 'sana cert keys'); back that folder up separately and keep it secret.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: ArgumentHelp("The new file to write.", valueName: "out")) var out: UserPath

    func validate() throws {
        try OutputTarget.check(out, option: "backup", storePath: store.path)
    }

    func run() throws {
        let source = try store.openReadOnly()
        let bytes = try source.backup(to: out.absolute)
        let texts = lang.texts(store: source)
        Output.line(texts(AdminMessage.backedUp, ["path": source.path, "out": out.absolute, "size": ByteCountText.text(bytes)]))
        Output.line(texts(AdminMessage.backupKeys, ["folder": (KeyFile.defaultPath(storePath: source.path) as NSString).deletingLastPathComponent]))
        // The audit entry needs the write lock, which a long import may hold: the copy is made and
        // said so either way.
        do {
            let writable = try Store.open(at: source.path, busyTimeout: 2)
            try writable.write { db in try AuditEntry.record(db, action: "db.backup", subject: out.absolute) }
        } catch {
            Output.warning(texts(AdminMessage.backupNotAudited, ["reason": texts.adminSentence(for: error) ?? "\(error)"]))
        }
    }
}
