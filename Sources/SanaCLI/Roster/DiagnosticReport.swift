import Foundation
import Roster
import SanaCSV

/// Shows an import's row diagnostics as `FILE:LINE: error: ...` on stderr, the first 20 of
/// them, and writes every rejected row to the rejects file when one was asked for. The problems
/// are in the admin's language (`texts`: `--lang`, else `$LANG`, else English), in the rejects
/// file's error column too; `error`/`warning` stay English, as compilers' do, for tools that read them.
final class DiagnosticReport: @unchecked Sendable {
    static let shownLimit = 20

    private let lock = NSLock()
    private let file: String
    private let rejectsPath: String?
    private let progress: ProgressBar
    private let texts: Texts
    private var rejects: RejectsFile?
    private var shown = 0
    private var hidden = 0
    private var identitiesShown = 0
    private var identitiesHidden = 0

    init(file: String, rejectsPath: String?, progress: ProgressBar, texts: Texts) {
        self.texts = texts
        self.file = file
        self.rejectsPath = rejectsPath
        self.progress = progress
    }

    /// Creates the rejects file once the header is known, in the roster's own delimiter.
    func openRejects(headers: [String], delimiter: Delimiter) throws {
        guard let rejectsPath else { return }
        rejects = try RejectsFile(creating: rejectsPath, headers: headers, delimiter: delimiter)
    }

    func add(_ diagnostic: RowDiagnostic) {
        lock.lock()
        defer { lock.unlock() }
        let text = texts.row(diagnostic)
        rejects?.add(diagnostic, reason: text)
        if shown < DiagnosticReport.shownLimit {
            shown += 1
            progress.clear()
            Output.diagnostic("\(Output.visible(diagnostic.source ?? file)):\(diagnostic.line): \(diagnostic.severity.rawValue): \(Output.visible(text))")
        } else {
            hidden += 1
        }
    }

    /// An identity change (a stored learner's name or university), as its row is written: the
    /// first `limit` of them, counted apart from the row diagnostics' 20.
    func identity(_ line: String, limit: Int) {
        lock.lock()
        defer { lock.unlock() }
        if identitiesShown < limit {
            identitiesShown += 1
            progress.clear()
            Output.diagnostic(line)
        } else {
            identitiesHidden += 1
        }
    }

    /// Finishes the rejects file (before the batch commits: a failure there applies nothing).
    func finishRejects() throws {
        lock.lock()
        defer { lock.unlock() }
        let open = rejects
        rejects = nil
        try open?.close()
    }

    /// After a failed import: an unfinished rejects file never appears.
    func abandonRejects() {
        lock.lock()
        defer { lock.unlock() }
        rejects?.discard()
        rejects = nil
    }

    /// How many diagnostics were not shown.
    func summarizeHidden() {
        lock.lock()
        defer { lock.unlock() }
        if hidden > 0 {
            let hint = rejectsPath == nil ? texts(RosterMessage.moreDiagnosticsHint) : ""
            Output.diagnostic(texts(RosterMessage.moreDiagnostics, count: hidden, ["file": file, "hint": hint]))
        }
        if identitiesHidden > 0 {
            Output.diagnostic(texts(RosterMessage.moreIdentityChanges, count: identitiesHidden, ["file": file]))
        }
    }
}
