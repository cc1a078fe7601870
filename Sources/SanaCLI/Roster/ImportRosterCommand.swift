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
            """
    )

    @OptionGroup var store: StoreOptions

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
    @Option(name: .customLong("map"), help: ArgumentHelp("Read COLUMN as FIELD (iin, last_name, first_name, middle_name, full_name, email, university, faculty, group, course, cohort, language); repeatable.", valueName: "column=field"))
    var mappings: [String] = []
    @Option(help: "Input format: csv or oneroster.") var format: RosterFormat = .csv
    @Flag(help: "Print the summary as JSON on stdout.") var json = false

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
        if let rejects {
            try OutputTarget.check(rejects, option: "--rejects", inputs: [(file, "the roster being imported")], storePath: store.path)
        }
    }

    func run() throws {
        if let rejects { try AtomicFile.checkTarget(rejects.absolute, existing: .replace) }
        let store = try store.open()
        var options = RosterImportOptions()
        options.institution = institution
        options.course = course
        options.cohort = cohort
        options.dryRun = dryRun
        options.withdrawMissing = withdrawMissing
        options.maxWithdrawPercent = maxWithdraw
        options.encoding = encoding.encoding
        options.delimiter = delimiter.delimiter
        for mapping in mappings {
            let (column, field) = try HeaderMap.mapping(mapping)
            options.mappings[column] = field
        }
        let shown = Output.visible(file.typed)
        // OneRoster diagnostics point into the package's users.csv (`export.zip (users.csv)` in a zip).
        let progress = ProgressBar()
        let report = DiagnosticReport(
            file: RosterImporter.rowSource(file.typed, at: file.absolute, format: format), rejectsPath: rejects?.absolute,
            progress: progress)
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
                diagnostic: observe, progress: advance, headers: openRejects, beforeCommit: { try report.finishRejects() })
        } catch {
            progress.clear()
            report.abandonRejects()
            report.summarizeHidden()
            throw error
        }
        progress.clear()
        report.summarizeHidden()
        if !summary.ignoredColumns.isEmpty {
            Output.warning("\(shown): ignoring columns \(summary.ignoredColumns.map { "'\(Output.visible($0))'" }.joined(separator: ", "))")
        }
        if json {
            try Output.json(summary)
            return
        }
        let delimiterName = summary.delimiter == .tab ? "tab" : "'\(summary.delimiter.rawValue)'"
        if summary.dryRun {
            Output.line("dry run of \(shown) (\(summary.encoding.rawValue), \(delimiterName)): nothing was written; a real import would give")
        } else {
            Output.line("imported \(shown) (\(summary.encoding.rawValue), \(delimiterName)) as batch \(summary.batch ?? 0) in \(String(format: "%.1f", summary.seconds)) s")
        }
        let counts: [(String, Int)] = [
            ("rows", summary.rows), ("created", summary.created), ("updated", summary.updated), ("unchanged", summary.unchanged),
            ("enrolled", summary.enrolled), ("withdrawn", summary.withdrawn), ("rejected", summary.rejected), ("warnings", summary.warnings),
        ]
        for (name, value) in counts {
            Output.line("  \(name.padding(toLength: 10, withPad: " ", startingAt: 0))\(String(repeating: " ", count: max(0, 9 - String(value).count)))\(value)")
        }
        if let rejects, summary.rejected > 0 {
            Output.line("rejected rows written to \(Output.visible(rejects.typed)): fix them there and import that file again")
        }
    }
}
