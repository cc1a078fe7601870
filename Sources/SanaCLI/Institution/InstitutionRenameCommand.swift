import ArgumentParser
import Enrollment

struct InstitutionRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Rename a university (its learners and cohorts stay); audited.",
        discussion: "OLD is matched as imports match names: case and spacing do not matter. Refused when NEW names another university: merge them instead."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: "The university's current name.") var old: String
    @Argument(help: "Its new name.") var new: String
    @Flag(help: "Print the renamed university as JSON.") var json = false

    func run() throws {
        let opened = try store.open()
        let entry = try Institutions(store: opened).rename(old, to: new)
        if json {
            try Output.json(entry)
            return
        }
        let texts = lang.texts(store: opened)
        Output.line(texts(InstitutionMessage.renamed, count: entry.learners, ["old": Output.visible(old), "new": Output.visible(entry.name)]))
    }
}
