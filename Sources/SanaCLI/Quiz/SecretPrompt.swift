import Foundation

/// Reads a secret line (the access code): on a terminal without echo (termios), else a plain
/// line from stdin. The prompt goes to stderr so that stdout stays clean for --json. Echo is
/// turned off before the prompt shows, so nothing typed after it can appear on screen, and
/// without flushing, so nothing typed ahead is lost.
enum SecretPrompt {
    static func read(_ prompt: String) -> String? {
        Output.flush()
        var original = termios()
        guard isatty(STDIN_FILENO) == 1, tcgetattr(STDIN_FILENO, &original) == 0 else {
            FileHandle.standardError.write(Data(prompt.utf8))
            return readLine(strippingNewline: true)
        }
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        silent.c_lflag |= tcflag_t(ECHONL)
        ExamSignals.saveTerminal(original)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &original)
            ExamSignals.forgetTerminal()
        }
        FileHandle.standardError.write(Data(prompt.utf8))
        return readLine(strippingNewline: true)
    }
}
