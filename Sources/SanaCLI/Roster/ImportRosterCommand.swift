import ArgumentParser
import Foundation
import Roster
import SanaCSV
import SanaStore

struct ImportRosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a roster CSV: learners upserted by IIN and enrolled, as one all-or-nothing batch.",
        discussion: """
            Reads CSV exported from Excel or an SIS: comma, semicolon or tab; UTF-8 (with or without BOM),
            UTF-16, CP1251 or KZ-1048; headers in English, Russian or Kazakh (iin/ИИН/ЖСН, Фамилия/Тегі, ...).
            Required columns: IIN and the names (last and first, or one ФИО column). Rows that fail validation
            are rejected and reported as FILE:LINE: error: ...; the others are imported. Exit 0 when the batch
            was applied (even with rejected rows), 1 when nothing was.
            A row that changes a stored learner's name or university (another person under a known IIN, or a
            transfer) is listed as FILE:LINE: warning: IIN: name was A, now B and counted as an identity change;
            past --max-identity-changes of them nothing is imported unless --accept-identity-changes is given.
            --dry-run --list names every learner the import would create, update, enroll or withdraw.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption

    @Argument(help: "The roster file (CSV), or with --format oneroster a OneRoster folder or zip.")
    var file: UserPath

    @Option(help: "University for rows that name none.") var institution: String?
    @Option(help: "Course id for rows that name none.") var course: String?
    @Option(help: "Cohort for rows that name none.") var cohort: String?
    @Flag(help: "Check everything and report the exact counts, but write nothing.") var dryRun = false
    @Option(help: ArgumentHelp("Write every rejected row, as read, plus line and error columns, to this CSV file (replaced if it exists).", valueName: "out.csv"))
    var rejects: UserPath?
    @Flag(help: "Withdraw learners of the file's institutions and courses that earlier imports enrolled but this file omits.")
    var withdrawMissing = false
    @Option(help: ArgumentHelp("With --withdraw-missing: refuse if more than this percent would be withdrawn.", valueName: "percent"))
    var maxWithdraw: Double = 10
    @Option(help: "Text encoding: auto, utf-8, cp1251 or kz1048.") var encoding: EncodingOption = .auto
    @Option(help: "Field separator: auto, ',', ';' or tab.") var delimiter: DelimiterOption = .auto
    @Option(name: .customLong("map"), help: ArgumentHelp("Read COLUMN as FIELD (iin, last_name, first_name, middle_name, full_name, email, university, faculty, group, course, cohort, language, student_number); repeatable.", valueName: "column=field"))
    var mappings: [String] = []
    @Option(help: "Input format: csv or oneroster.") var format: RosterFormat = .csv
    @Flag(help: "Also name every learner created, updated (with the changed fields), enrolled or withdrawn; with --json, in 'plan'.")
    var list = false
    @Option(help: ArgumentHelp("Write the same list as --list to this CSV file (replaced if it exists).", valueName: "out.csv"))
    var plan: UserPath?
    @Option(help: ArgumentHelp("Refuse the batch when more rows than this change a stored learner's name or university.", valueName: "n"))
    var maxIdentityChanges: Int = RosterImportOptions.defaultMaxIdentityChanges
    @Flag(help: "Import however many rows change a learner's name or university (each is still listed).")
    var acceptIdentityChanges = false
    @Flag(help: "Print the summary as JSON on stdout.") var json = false

    /// Identity changes shown on stderr; the rest are counted (and all are in --plan).
    static let identityShownLimit = 100

    func validate() throws {
        guard maxWithdraw >= 0 && maxWithdraw <= 100 else {
            throw ValidationError("--max-withdraw must be a percent from 0 to 100")
        }
        for mapping in mappings {
            do {
                _ = try HeaderMap.mapping(mapping)
            } catch {
                throw ValidationError(error.description)
            }
        }
        guard maxIdentityChanges >= 0 else {
            throw ValidationError("--max-identity-changes must be 0 or more, not \(maxIdentityChanges)")
        }
        if let rejects {
            try OutputTarget.check(rejects, option: "--rejects", inputs: [(file, "the roster being imported")], storePath: store.path)
        }
        if let plan {
            var inputs = [(file, "the roster being imported")]
            if let rejects { inputs.append((rejects, "the --rejects file")) }
            try OutputTarget.check(plan, option: "--plan", inputs: inputs, storePath: store.path)
        }
    }

    func run() throws {
        if let rejects { try AtomicFile.checkTarget(rejects.absolute, existing: .replace) }
        if let plan { try AtomicFile.checkTarget(plan.absolute, existing: .replace) }
        let store = try store.open()
        let texts = lang.texts(store: store)
        var options = RosterImportOptions()
        options.institution = institution
        options.course = course
        options.cohort = cohort
        options.dryRun = dryRun
        options.withdrawMissing = withdrawMissing
        options.maxWithdrawPercent = maxWithdraw
        options.maxIdentityChanges = maxIdentityChanges
        options.acceptIdentityChanges = acceptIdentityChanges
        options.collectPlan = list || plan != nil
        options.encoding = encoding.encoding
        options.delimiter = delimiter.delimiter
        for mapping in mappings {
            let (column, field) = try HeaderMap.mapping(mapping)
            options.mappings[column] = field
        }
        let shown = Output.visible(file.typed)
        // OneRoster diagnostics point into the package's users.csv (`export.zip (users.csv)` in a zip).
        let progress = ProgressBar(texts: texts)
        let rowSource = RosterImporter.rowSource(file.typed, at: file.absolute, format: format)
        let report = DiagnosticReport(file: rowSource, rejectsPath: rejects?.absolute, progress: progress, texts: texts)
        let changeText = LearnerChangeText(texts: texts)
        let interruption = Interruption.watch()
        let summary: RosterImportSummary
        do {
            let importer = RosterImporter(store: store)
            let observe: @Sendable (RowDiagnostic) -> Void = { report.add($0) }
            let advance: @Sendable (ImportProgress) -> Void = { progress.update(done: $0.bytesRead, total: $0.totalBytes, rows: $0.rows) }
            let cancelled: @Sendable () -> Bool = { interruption.isRaised }
            let openRejects: ([String], Delimiter) throws -> Void = { try report.openRejects(headers: $0, delimiter: $1) }
            summary = try importer.importRoster(
                file.absolute, format: format, options: options, isCancelled: cancelled,
                diagnostic: observe, progress: advance,
                identityChange: { report.identity(changeText.identityWarning($0, file: Output.visible(rowSource)), limit: ImportRosterCommand.identityShownLimit) },
                headers: openRejects, beforeCommit: { try report.finishRejects() })
        } catch {
            progress.clear()
            report.abandonRejects()
            report.summarizeHidden()
            throw error
        }
        progress.clear()
        report.summarizeHidden()
        if !summary.ignoredColumns.isEmpty {
            let columns = summary.ignoredColumns.map { "'\(Output.visible($0))'" }.joined(separator: ", ")
            Output.warning(texts(RosterMessage.ignoringColumns, ["file": shown, "columns": columns]))
        }
        if let plan, let changes = summary.plan {
            try PlanFile.write(changes, to: plan.absolute)
        }
        try printSummary(summary, texts: texts, changeText: changeText)
        if summary.dryRun && summary.exceedsIdentityLimit {
            // What the real import would say: the dry run ends the same way, after its report.
            throw RosterError.identityChangeLimit(count: summary.identityChanges, limit: maxIdentityChanges)
        }
    }

    private func printSummary(_ summary: RosterImportSummary, texts: Texts, changeText: LearnerChangeText) throws {
        let shown = Output.visible(file.typed)
        if json {
            try Output.json(summary)
            return
        }
        let delimiterName = summary.delimiter == .tab ? texts(RosterMessage.tab) : "'\(summary.delimiter.rawValue)'"
        let header = ["file": shown, "encoding": summary.encoding.rawValue, "delimiter": delimiterName]
        let seconds = String(format: "%.1f", summary.seconds)
        if summary.dryRun {
            Output.line(texts(RosterMessage.dryRunHeader, header))
        } else {
            Output.line(texts(RosterMessage.importedHeader, header.merging([
                "batch": String(summary.batch ?? 0), "seconds": texts.language == .en ? seconds : seconds.replacingOccurrences(of: ".", with: ","),
            ]) { $1 }))
        }
        var counts: [(RosterMessage, Int)] = [(.rows, summary.rows), (.created, summary.created), (.updated, summary.updated)]
        // Shown when there are any: a summary without the line has none.
        if summary.identityChanges > 0 { counts.append((.identityChanges, summary.identityChanges)) }
        counts += [
            (.unchanged, summary.unchanged), (.enrolled, summary.enrolled), (.withdrawn, summary.withdrawn),
            (.rejected, summary.rejected), (.warnings, summary.warnings),
        ]
        let labels = counts.map { texts($0.0) }
        let width = max(10, (labels.map(\.count).max() ?? 0) + 1)
        for (label, (_, value)) in zip(labels, counts) {
            Output.line("  \(label.padding(toLength: width, withPad: " ", startingAt: 0))\(String(repeating: " ", count: max(0, 9 - String(value).count)))\(value)")
        }
        if let rejects, summary.rejected > 0 {
            Output.line(texts(RosterMessage.rejectsWritten, ["file": Output.visible(rejects.typed)]))
        }
        if let plan, let changes = summary.plan {
            Output.line(texts(RosterMessage.planWritten, count: changes.count, ["file": Output.visible(plan.typed)]))
        }
        if list, let changes = summary.plan {
            Output.line(texts(summary.dryRun ? RosterMessage.dryRunPlanHeader : RosterMessage.planHeader))
            if changes.isEmpty { Output.line(texts(RosterMessage.nothingToList)) }
            for line in changeText.lines(changes, file: Output.visible(RosterImporter.rowSource(file.typed, at: file.absolute, format: format))) {
                Output.line(line)
            }
        }
    }
}
