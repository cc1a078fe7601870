import ArgumentParser

/// How a report prints: a table with a header on a terminal (the admin's language), `--json`
/// (language-neutral), `--csv` (RFC 4180, stable English column names, raw values) or `--excel`
/// (what Excel in a Russian or Kazakh locale opens as columns: `;`-delimited, UTF-8 with a BOM,
/// CRLF, column names and words in the admin's language, decimal commas). CSV values are
/// formula-guarded either way.
struct ReportFormat: ParsableArguments {
    @Flag(help: "Print as JSON.") var json = false
    @Flag(help: "Print as CSV (comma-delimited, English column names).") var csv = false
    @Flag(help: "Print as CSV for Excel in Russian or Kazakh: ';'-delimited, UTF-8 with a BOM, CRLF, column names in the admin's language.")
    var excel = false

    func validate() throws {
        if [json, csv, excel].filter({ $0 }).count > 1 { throw ValidationError("choose one of --json, --csv and --excel") }
    }

    /// Whether a person reads the cells (terminal or Excel): words in their language.
    var localized: Bool { !csv }

    /// Prints a table as chosen: `columns` names each column (its CSV identifier and its words).
    /// On a terminal only the first `terminalColumns` are shown.
    func print(columns: [(csv: String, words: ReportMessage)], rows: [[String]], texts: Texts, terminalColumns: Int = .max) {
        if csv {
            CSVOutput.row(columns.map(\.csv))
            rows.forEach(CSVOutput.row)
        } else if excel {
            CSVOutput.excel(header: columns.map { texts($0.words) }, rows: rows)
        } else {
            Output.text(TextTable.render(header: columns.prefix(terminalColumns).map { texts($0.words).uppercased() }, rows: rows.map { Array($0.prefix(terminalColumns)) }))
        }
    }
}
