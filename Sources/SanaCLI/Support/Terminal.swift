import Foundation

/// What the terminal can show: colour and redrawn lines only on a TTY, and never under NO_COLOR.
enum Terminal {
    static func isTTY(_ fd: Int32) -> Bool {
        isatty(fd) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    static var stderrIsInteractive: Bool { isTTY(STDERR_FILENO) }

    static var colorAllowed: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"].map { $0.isEmpty } ?? true
    }

    /// Columns of the terminal on `fd`, else $COLUMNS, else 80.
    static func width(_ fd: Int32 = STDOUT_FILENO) -> Int {
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }
}
