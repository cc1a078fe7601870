import Foundation

/// Reads a secret line (the access code): on a terminal without echo (termios), else a plain
/// line from stdin. The prompt goes to stderr so that stdout stays clean for --json.
enum SecretPrompt {
    static func read(_ prompt: String) -> String? {
        Output.flush()
        FileHandle.standardError.write(Data(prompt.utf8))
        guard isatty(STDIN_FILENO) == 1 else { return readLine(strippingNewline: true) }
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { return readLine(strippingNewline: true) }
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        silent.c_lflag |= tcflag_t(ECHONL)
        ExamSignals.saveTerminal(original)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
            ExamSignals.forgetTerminal()
        }
        return readLine(strippingNewline: true)
    }
}
