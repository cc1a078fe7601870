import Foundation

/// Shows long text through `$PAGER` (default `less`) when stdout is a terminal and the text is
/// taller than the screen; otherwise prints it. The pager is started so that it shows UTF-8 and
/// colours whatever the locale (`LESS` gains `-R`, `LESSCHARSET=utf-8` unless set). A pager that
/// cannot start or fails is reported (in the learner's language) and the text printed instead.
enum Pager {
    /// Whether a person was shown the text: false when stdout is not a terminal (a pipe, a file)
    /// or the pager failed.
    @discardableResult
    static func show(_ text: String, texts: Texts) -> Bool {
        guard Terminal.stdoutIsTTY else {
            Output.text(text)
            return false
        }
        let rows = Terminal.size().rows
        let lines = text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        let command = ProcessInfo.processInfo.environment["PAGER"] ?? "less"
        guard lines >= rows, !command.trimmingCharacters(in: .whitespaces).isEmpty else {
            Output.text(text)
            return true
        }
        prepareEnvironment()
        Output.flush()
        // popen, not Process: the pager must stay in the terminal's foreground process group
        // (Process starts a new group, and a pager there is stopped as soon as it reads the keyboard).
        guard let pipe = popen(command, "w") else {
            fail(command, reason: texts(.pagerNotStarted), text: text, texts: texts)
            return false
        }
        // A pager that quits early closes the pipe: ignore SIGPIPE so the write just stops.
        signal(SIGPIPE, SIG_IGN)
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, pipe) }
        let status = pclose(pipe)
        // pclose gives a wait status: exited normally with 0, or it did not work.
        let exited = status & 0x7F == 0
        let code = (status >> 8) & 0xFF
        if status == -1 || !exited || code != 0 {
            let reason = status == -1 || !exited ? texts(.pagerNotStarted) : texts(.pagerExitStatus, ["status": String(code)])
            fail(command, reason: reason, text: text, texts: texts)
            return false
        }
        return true
    }

    /// `less` (or a pager that reads `LESS`) shows colours and UTF-8 whatever the locale.
    static func prepareEnvironment() {
        let environment = ProcessInfo.processInfo.environment
        let less = environment["LESS"] ?? ""
        if !less.contains("R") && !less.contains("r") {
            setenv("LESS", less.isEmpty ? "-R" : less + " -R", 1)
        }
        if environment["LESSCHARSET"] == nil {
            setenv("LESSCHARSET", "utf-8", 1)
        }
    }

    private static func fail(_ command: String, reason: String, text: String, texts: Texts) {
        Output.diagnostic(texts(.warningPrefix) + texts(.pagerFailed, ["pager": Output.visible(command), "reason": reason]))
        Output.text(text)
    }
}
