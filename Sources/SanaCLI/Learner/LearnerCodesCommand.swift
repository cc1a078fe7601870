import ArgumentParser
import Enrollment
import Foundation
import SanaCSV

struct LearnerCodesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codes",
        abstract: "Issue new exam access codes, written once to a CSV file (iin,name,code).",
        discussion: """
            Each selected learner gets a new code; the store keeps only a slow salted hash. A \
            learner who already has a code may have been handed it: then nothing is issued unless \
            --reissue is given, which replaces their codes (the old ones stop working, a lockout \
            is cleared) and says how many; --without-code issues codes only to learners who have \
            none (those added since the codes were handed out). The file is created with mode 0600 and is never \
            overwritten: hand the codes out, then delete it. Filters combine (--learner can be \
            repeated: any of them); with none, --all is required.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Option(help: ArgumentHelp("Only learners of this institution.", valueName: "name")) var institution: String?
    @Option(help: ArgumentHelp("Only learners enrolled in a cohort of this name.", valueName: "name")) var cohort: String?
    @Option(help: ArgumentHelp("Only this learner (IIN); repeat it for several.", valueName: "iin")) var learner: [String] = []
    @Flag(help: "Every learner in the store (needed when no filter is given).") var all = false
    @Flag(help: "Replace the codes of learners who already have one (they stop working).") var reissue = false
    @Flag(help: "Only learners who have no code yet (those added since the codes were handed out).") var withoutCode = false
    @Option(help: ArgumentHelp("The CSV file to create.", valueName: "file")) var out: UserPath
    @Flag(help: "Print how many codes were issued and replaced as JSON.") var json = false

    private struct Summary: Encodable {
        let issued: Int
        let replaced: Int
        let file: String
    }

    func validate() throws {
        if institution == nil && cohort == nil && learner.isEmpty && !all && !withoutCode {
            throw ValidationError("choose learners with --institution, --cohort, --learner or --without-code, or give --all")
        }
        if reissue && withoutCode {
            throw ValidationError("--reissue and --without-code contradict each other: --without-code never replaces a code")
        }
        try OutputTarget.check(out, option: "--out", storePath: store.path)
    }

    func run() throws {
        var learners: [IIN] = []
        for typed in learner {
            let iin = try IIN.argument(typed)
            if !learners.contains(iin) { learners.append(iin) }
        }
        let selection = AccessCodeSelection(institution: institution, cohort: cohort, learners: learners, withoutCode: withoutCode)
        let store = try store.open()
        // The codes are written and flushed to disk before they are committed, and moved into place
        // after: if the file cannot be written (a full disk), no learner's code changes; if the
        // process dies after the commit, a rerun issues fresh codes that nobody has seen.
        let writer = try CSVWriter(creating: out.absolute)
        let issued = try AccessCodes(store: store).issue(selection, reissue: reissue) { issued in
            try writer.write(["iin", "name", "code"])
            for code in issued {
                try writer.write([code.iin, code.name, code.code.description])
            }
            try writer.sync()
        }
        try writer.close()
        let replaced = issued.filter(\.replaced).count
        if json {
            try Output.json(Summary(issued: issued.count, replaced: replaced, file: out.absolute))
            return
        }
        let texts = lang.texts(store: store)
        Output.line(texts(LearnerAdminMessage.codesIssued, count: issued.count, ["file": Output.visible(out.typed)]))
        if replaced > 0 {
            Output.line(texts(LearnerAdminMessage.codesReplaced, count: replaced))
        }
    }
}
