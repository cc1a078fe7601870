import Foundation
import Roster
import SanaCSV
import Synchronization

/// Shows an import's row diagnostics as `FILE:LINE: error: ...` on stderr, the first 20 of
/// them, and writes every rejected row to the rejects file when one was asked for. The problems
/// are in the admin's language (`texts`: `--lang`, else `$LANG`, else English), in the rejects
/// file's error column too; `error`/`warning` stay English, as compilers' do, for tools that read them.
final class DiagnosticReport: Sendable {
    static let shownLimit = 20

    private struct Counts {
        var rejects: RejectsFile?
        var shown = 0
        var hidden = 0
        var identitiesShown = 0
        var identitiesHidden = 0
    }

    private let file: String
    private let rejectsPath: String?
    private let progress: ProgressBar
    private let texts: Texts
    /// Rows are checked on two threads: what they share is behind one lock.
    private let state = Mutex(Counts())

    init(file: String, rejectsPath: String?, progress: ProgressBar, texts: Texts) {
        self.texts = texts
        self.file = file
        self.rejectsPath = rejectsPath
        self.progress = progress
    }

    /// Creates the rejects file once the header is known, in the roster's own delimiter.
    func openRejects(headers: [String], delimiter: Delimiter) throws {
        guard let rejectsPath else { return }
        try state.withLock { $0.rejects = try RejectsFile(creating: rejectsPath, headers: headers, delimiter: delimiter) }
    }

    func add(_ diagnostic: RowDiagnostic) {
        let text = texts.row(diagnostic)
        state.withLock { state in
            state.rejects?.add(diagnostic, reason: text)
            if state.shown < DiagnosticReport.shownLimit {
                state.shown += 1
                progress.clear()
                Output.diagnostic("\(Output.visible(diagnostic.source ?? file)):\(diagnostic.line): \(diagnostic.severity.rawValue): \(Output.visible(text))")
            } else {
                state.hidden += 1
            }
        }
    }

    /// An identity change (a stored learner's name or university), as its row is written: the
    /// first `limit` of them, counted apart from the row diagnostics' 20.
    func identity(_ line: String, limit: Int) {
        state.withLock { state in
            if state.identitiesShown < limit {
                state.identitiesShown += 1
                progress.clear()
                Output.diagnostic(line)
            } else {
                state.identitiesHidden += 1
            }
        }
    }

    /// Finishes the rejects file (before the batch commits: a failure there applies nothing).
    func finishRejects() throws {
        try state.withLock { state in
            let open = state.rejects
            state.rejects = nil
            try open?.close()
        }
    }

    /// After a failed import: an unfinished rejects file never appears.
    func abandonRejects() {
        state.withLock { state in
            state.rejects?.discard()
            state.rejects = nil
        }
    }

    /// How many diagnostics were not shown.
    func summarizeHidden() {
        let (hidden, identitiesHidden) = state.withLock { ($0.hidden, $0.identitiesHidden) }
        if hidden > 0 {
            let hint = rejectsPath == nil ? texts(RosterMessage.moreDiagnosticsHint) : ""
            Output.diagnostic(texts(RosterMessage.moreDiagnostics, count: hidden, ["file": file, "hint": hint]))
        }
        if identitiesHidden > 0 {
            Output.diagnostic(texts(RosterMessage.moreIdentityChanges, count: identitiesHidden, ["file": file]))
        }
    }
}
