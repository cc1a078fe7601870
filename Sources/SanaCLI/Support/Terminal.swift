import Foundation

/// What the CLI knows about where its output goes: a terminal or not, its size, whether to style.
enum Terminal {
    static var stdoutIsTTY: Bool {
        isatty(STDOUT_FILENO) == 1
    }

    /// A progress bar redraws its line: only on a terminal that can (not TERM=dumb).
    static var stderrIsInteractive: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Bold and underline only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static var stylesOutput: Bool {
        stdoutIsTTY && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Columns and rows: the terminal's (TIOCGWINSZ), else $COLUMNS and $LINES, else 80 × 24.
    static func size() -> (columns: Int, rows: Int) {
        var window = winsize()
        if stdoutIsTTY, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0 {
            return (Int(window.ws_col), Int(window.ws_row > 0 ? window.ws_row : 24))
        }
        let environment = ProcessInfo.processInfo.environment
        let columns = environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? 80
        let rows = environment["LINES"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? 24
        return (columns, rows)
    }
}
