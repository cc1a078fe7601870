import ArgumentParser
import Enrollment
import Foundation
import SanaStore

struct LearnerExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write everything the store holds about one person as JSON (a personal-data access request).",
        discussion: """
            The learner record, university, enrollments, access-code metadata (never the code or its \
            hash), exam attempts with every answer, lessons opened, practice answers, certificates (the \
            credential as a compact JWS, and the holder code), the roster import history's earlier \
            values and the audit entries that mention them. Hand it to that person only. Audited.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: "The learner's IIN.") var iin: String
    @Option(help: ArgumentHelp("Write the JSON to this new file (mode 0600) instead of standard output.", valueName: "file")) var out: UserPath?
    @Flag(help: "With --out: print what was written as JSON.") var json = false

    func validate() throws {
        if let out { try OutputTarget.check(out, option: "--out", storePath: store.path) }
        if json && out == nil { throw ValidationError("--json needs --out: without it the export itself is the JSON on standard output") }
    }

    func run() throws {
        let parsed = try IIN.argument(iin)
        if let out { try AtomicFile.checkTarget(out.absolute, existing: .refuse) }
        let opened = try store.open()
        let export = try PersonalDataExport.collect(store: opened, iin: parsed)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let bytes = try encoder.encode(export) + Data("\n".utf8)
        guard let out else {
            try record(opened, parsed, "standard output")
            FileHandle.standardOutput.write(bytes)
            return
        }
        let file = try AtomicFile(path: out.absolute, mode: 0o600, existing: .refuse)
        try file.write(bytes)
        try file.commit()
        try record(opened, parsed, out.absolute)
        if json {
            try Output.json(["learner": parsed.digits, "out": out.absolute])
            return
        }
        Output.line(lang.texts(store: opened)(PrivacyMessage.exportWritten, ["iin": parsed.digits, "file": Output.visible(out.typed)]))
    }

    /// Who handed out a person's data, and where to: the audit trail records every disclosure.
    private func record(_ store: Store, _ iin: IIN, _ target: String) throws {
        try store.write { db in try AuditEntry.record(db, action: "learner.export", subject: iin.digits, detail: "personal data exported to \(target)") }
    }
}
