import Foundation

/// Ctrl-C, SIGTERM and SIGHUP (a dropped SSH connection) during the exam: every answer is
/// already committed, so there is nothing to save. The handler restores the terminal's echo if
/// the code prompt had turned it off, says so (when there is still a terminal), and exits.
enum ExamSignals {
    nonisolated(unsafe) private static var message: UnsafeMutablePointer<UInt8>?
    nonisolated(unsafe) private static var messageLength = 0
    nonisolated(unsafe) private static var savedTerminal = termios()
    nonisolated(unsafe) private static var terminalSaved: sig_atomic_t = 0

    /// `stopped` is what Ctrl-C and SIGTERM print, in the learner's language.
    static func install(stopped: String = "sana: stopped: every answer you gave is saved; run the same command to continue") {
        let text = Array("\n\(stopped)\n".utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: text.count)
        buffer.initialize(from: text, count: text.count)
        message = buffer
        messageLength = text.count
        // A parent may have started us with these signals blocked (Foundation's Process does):
        // unblock them, or a dropped connection would leave the exam waiting for input forever.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            sigaddset(&unblock, signalNumber)
        }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { number in
                if ExamSignals.terminalSaved != 0 {
                    tcsetattr(STDIN_FILENO, TCSANOW, &ExamSignals.savedTerminal)
                }
                if number != SIGHUP, let message = ExamSignals.message {
                    _ = write(STDERR_FILENO, message, ExamSignals.messageLength)
                }
                _exit(128 + number)
            }
        }
    }

    static func saveTerminal(_ settings: termios) {
        savedTerminal = settings
        terminalSaved = 1
    }

    static func forgetTerminal() {
        terminalSaved = 0
    }
}
