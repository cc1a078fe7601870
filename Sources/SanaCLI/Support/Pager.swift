import Foundation

/// Shows long text through `$PAGER` (default `less -R`) when stdout is a terminal and the text
/// is taller than the screen; otherwise, or when the pager cannot start, prints it.
enum Pager {
    static func show(_ text: String) {
        let rows = Terminal.size().rows
        let lines = text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        let command = ProcessInfo.processInfo.environment["PAGER"] ?? "less -R"
        guard Terminal.stdoutIsTTY, lines >= rows, !command.trimmingCharacters(in: .whitespaces).isEmpty else {
            Output.text(text)
            return
        }
        Output.flush()
        // popen, not Process: the pager must stay in the terminal's foreground process group
        // (Process starts a new group, and a pager there is stopped as soon as it reads the keyboard).
        guard let pipe = popen(command, "w") else {
            Output.text(text)
            return
        }
        // A pager that quits early closes the pipe: ignore SIGPIPE so the write just stops.
        signal(SIGPIPE, SIG_IGN)
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, pipe) }
        pclose(pipe)
    }
}
