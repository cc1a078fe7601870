import ArgumentParser
import Enrollment
import Foundation
import SanaCSV

struct LearnerCodesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codes",
        abstract: "Issue new exam access codes, written once to a CSV file (iin,name,code).",
        discussion: """
            Each selected learner gets a new code (replacing any earlier one, and clearing a
            lockout); the store keeps only a slow salted hash. The file is created with mode 0600
            and is never overwritten: hand the codes out, then delete it. Filters combine; with
            none, --all is required.
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Only learners of this institution.", valueName: "name")) var institution: String?
    @Option(help: ArgumentHelp("Only learners enrolled in a cohort of this name.", valueName: "name")) var cohort: String?
    @Option(help: ArgumentHelp("Only this learner (IIN).", valueName: "iin")) var learner: String?
    @Flag(help: "Every learner in the store (needed when no filter is given).") var all = false
    @Option(help: ArgumentHelp("The CSV file to create.", valueName: "file")) var out: UserPath

    func validate() throws {
        if institution == nil && cohort == nil && learner == nil && !all {
            throw ValidationError("choose learners with --institution, --cohort or --learner, or give --all")
        }
        try OutputTarget.check(out, option: "--out", storePath: store.path)
    }

    func run() throws {
        var selection = AccessCodeSelection(institution: institution, cohort: cohort)
        if let learner {
            do {
                selection.learner = try IIN(learner)
            } catch {
                throw EnrollmentError.invalidField(.iin(error))
            }
        }
        let store = try store.open()
        // The codes are written and flushed to disk before they are committed, and moved into place
        // after: if the file cannot be written (a full disk), no learner's code changes; if the
        // process dies after the commit, a rerun issues fresh codes that nobody has seen.
        let writer = try CSVWriter(creating: out.absolute)
        let issued = try AccessCodes(store: store).issue(selection) { issued in
            try writer.write(["iin", "name", "code"])
            for code in issued {
                try writer.write([code.iin, code.name, code.code.description])
            }
            try writer.sync()
        }
        try writer.close()
        Output.line("issued \(issued.count) access code\(issued.count == 1 ? "" : "s") to \(Output.visible(out.typed)) (mode 0600): hand them out, then delete the file")
    }
}
