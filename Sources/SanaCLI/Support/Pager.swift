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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            Output.text(text)
            return
        }
        // A pager that quits early closes the pipe: ignore SIGPIPE so the write fails quietly.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
