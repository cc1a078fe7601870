import ArgumentParser
import Enrollment

struct LearnerMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge two records of one person: everything of DROP follows to KEEP, then DROP's record is removed.",
        discussion: """
            Exam attempts, lesson progress, practice answers and certificates move to KEEP; enrollments \
            in the same course are combined, keeping the further-along status (completed, then active, \
            then withdrawn); KEEP's access code stays (DROP's moves only when KEEP has none). Refused \
            when both passed the same course version (they may be two people) or both have an exam in \
            progress in the same version. Moved certificates keep their signed text. Audited.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: ArgumentHelp("The IIN of the record to keep.", valueName: "keep")) var keep: String
    @Argument(help: ArgumentHelp("The IIN of the record to merge into KEEP and remove.", valueName: "drop")) var drop: String
    @Flag(help: "Show what would move, changing nothing.") var dryRun = false
    @Flag(help: "Print the result as JSON.") var json = false

    func run() throws {
        let keepIIN = try IIN.argument(keep)
        let dropIIN = try IIN.argument(drop)
        let opened = dryRun ? try store.openReadOnly() : try store.open()
        let report = try LearnerMergeReport.merge(store: opened, keep: keepIIN, drop: dropIIN, dryRun: dryRun)
        if json {
            try Output.json(report)
            return
        }
        let texts = lang.texts(store: opened)
        let people = ["keep": report.keep.iin, "keepName": report.keep.name, "drop": report.drop.iin, "dropName": report.drop.name]
        Output.line(texts(dryRun ? PrivacyMessage.mergeDryRun : PrivacyMessage.mergeDone, people))
        Output.line(texts(PrivacyMessage.mergeAttempts, count: report.attempts))
        Output.line(texts(PrivacyMessage.mergeLessons, count: report.lessonsOpened))
        Output.line(texts(PrivacyMessage.mergePractice, count: report.practiceAnswers))
        let codes = report.certificates.isEmpty ? "" : " (" + report.certificates.joined(separator: ", ") + ")"
        Output.line(texts(PrivacyMessage.mergeCertificates, count: report.certificates.count, ["codes": codes]))
        if !report.certificates.isEmpty { Output.line(texts(PrivacyMessage.mergeCertificatesNote)) }
        let courses = { (list: [String]) in list.isEmpty ? "-" : list.joined(separator: ", ") }
        Output.line(texts(PrivacyMessage.mergeEnrollmentsMoved, ["courses": courses(report.enrollmentsMoved)]))
        Output.line(texts(PrivacyMessage.mergeEnrollmentsCombined, ["courses": courses(report.enrollmentsCombined)]))
        let code: PrivacyMessage = switch report.accessCode {
        case "kept": .mergeCodeKept
        case "moved": .mergeCodeMoved
        case "dropped": .mergeCodeDropped
        default: .mergeCodeNone
        }
        Output.line(texts(code, people))
        Output.line(texts(dryRun ? PrivacyMessage.mergeWouldRemove : PrivacyMessage.mergeRemoved, people))
    }
}

