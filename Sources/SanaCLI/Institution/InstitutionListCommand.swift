import ArgumentParser
import Enrollment

struct InstitutionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the universities with how many learners and cohorts each has."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Flag(help: "Print the universities as JSON.") var json = false

    func run() throws {
        let opened = try store.openReadOnly()
        let entries = try Institutions(store: opened).list()
        if json {
            try Output.json(entries)
            return
        }
        let texts = lang.texts(store: opened)
        if entries.isEmpty {
            Output.line(texts(InstitutionMessage.none))
            return
        }
        let headers = [texts(InstitutionMessage.learnersColumn), texts(InstitutionMessage.cohortsColumn), texts(InstitutionMessage.nameColumn)]
        let learnersWidth = max(headers[0].count, entries.map { String($0.learners).count }.max() ?? 0)
        let cohortsWidth = max(headers[1].count, entries.map { String($0.cohorts).count }.max() ?? 0)
        func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        Output.line("\(pad(headers[0], learnersWidth))  \(pad(headers[1], cohortsWidth))  \(headers[2])")
        for entry in entries {
            Output.line("\(pad(String(entry.learners), learnersWidth))  \(pad(String(entry.cohorts), cohortsWidth))  \(Output.visible(entry.name))")
        }
    }
}
