import ArgumentParser
import Enrollment

struct InstitutionMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Move every learner and cohort of DROP to KEEP and remove DROP; audited.",
        discussion: "A cohort of DROP named like one of KEEP's is joined to it. Names are matched as imports match them."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: "The university that stays.") var keep: String
    @Argument(help: "The university whose learners move to KEEP; it is removed.") var drop: String
    @Flag(help: "Print what the merge did as JSON.") var json = false

    func run() throws {
        let opened = try store.open()
        let merge = try Institutions(store: opened).merge(keep: keep, drop: drop)
        if json {
            try Output.json(merge)
            return
        }
        let texts = lang.texts(store: opened)
        Output.line(texts(
            InstitutionMessage.merged, count: merge.learnersMoved,
            ["keep": Output.visible(merge.kept), "drop": Output.visible(merge.dropped)]))
    }
}
