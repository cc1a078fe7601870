import Foundation

/// Reads what a learner types, line by line, from standard input. On a terminal it edits the line
/// itself (raw mode: ← → Home End, Backspace and Delete over whole letters, Ctrl-U/K/W), echoes it
/// (not a secret), and keeps the prompt live: every second `tick` may redraw it (the time left),
/// print a notice above it without losing what is typed (a warning), or stop the read (the time is
/// up, another terminal took over). Elsewhere (a pipe, a file) it reads plain lines, with the same
/// ticks while it waits. Every read in the process goes through one instance, so nothing typed
/// ahead is lost between the code prompt and the exam.
final class TerminalInput {
    enum Outcome: Equatable {
        case line(String)
        /// The end of input (Ctrl-D on an empty line, a closed pipe or connection).
        case closed
        /// `tick` said to stop.
        case stopped
    }

    enum Tick {
        case none
        /// Draw the prompt again (it changed).
        case redraw
        /// Print these lines above the prompt, then draw it again.
        case notice([String])
        case stop
    }

    nonisolated(unsafe) static let shared = TerminalInput()

    private let descriptor = STDIN_FILENO
    private var pending: [UInt8] = []
    private var ended = false
    let isTerminal: Bool

    init() {
        isTerminal = isatty(STDIN_FILENO) == 1
    }

    /// Reads one line after `prompt`. `secret` shows nothing typed (the access code).
    func readLine(prompt: () -> String, secret: Bool = false, tick: (() -> Tick)? = nil) -> Outcome {
        isTerminal ? editLine(prompt: prompt, secret: secret, tick: tick) : plainLine(prompt: prompt, tick: tick)
    }

    // MARK: a pipe or a file

    private func plainLine(prompt: () -> String, tick: (() -> Tick)?) -> Outcome {
        Output.text(prompt())
        Output.flush()
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                var line = Array(pending[..<newline])
                pending.removeFirst(newline + 1)
                if line.last == 0x0D { line.removeLast() }
                return .line(String(decoding: line, as: UTF8.self))
            }
            if ended {
                guard !pending.isEmpty else { return .closed }
                defer { pending = [] }
                return .line(String(decoding: pending, as: UTF8.self))
            }
            switch wait(tick: tick) {
            case .stop: return .stopped
            case .notice(let lines):
                lines.forEach { Output.line($0) }
                Output.flush()
            case .none, .redraw:
                break
            }
        }
    }

    // MARK: a terminal

    /// The terminal's settings before the first read: raw mode lasts from then until `restore`,
    /// so keys typed while the program writes (between two prompts) are never echoed by the
    /// terminal itself, a code included.
    private var original: termios?

    private func enterRaw() -> Bool {
        if original != nil { return true }
        var settings = termios()
        guard tcgetattr(descriptor, &settings) == 0 else { return false }
        var raw = settings
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR)
        raw.c_iflag |= tcflag_t(IUTF8)
        ExamSignals.saveTerminal(settings)
        tcsetattr(descriptor, TCSANOW, &raw)
        original = settings
        return true
    }

    /// Gives the terminal back as it was (before a pager, and when the command ends).
    func restore() {
        guard var settings = original else { return }
        Output.flush()
        tcsetattr(descriptor, TCSANOW, &settings)
        ExamSignals.forgetTerminal()
        original = nil
    }

    private func editLine(prompt: () -> String, secret: Bool, tick: (() -> Tick)?) -> Outcome {
        Output.flush()
        guard enterRaw() else { return plainLine(prompt: prompt, tick: tick) }
        var buffer = LineBuffer()
        var scroll = 0
        // A prompt wider than the screen: all but its last line printed once, above the line.
        func draw() {
            let columns = Terminal.size().columns
            let wrapped = WordWrapper(width: max(20, columns - 12)).wrap(prompt().trimmingTrailingSpaces(), rest: "")
            let last = (wrapped.last ?? "") + " "
            let promptColumns = WordWrapper.columns(last)
            let room = max(4, columns - promptColumns - 1)
            let characters = secret ? [] : buffer.characters
            let cursor = secret ? 0 : buffer.cursor
            if cursor < scroll { scroll = cursor }
            while WordWrapper.columns(String(characters[scroll..<cursor])) > room { scroll += 1 }
            var visible = ""
            var used = 0
            for character in characters[scroll...] {
                let size = WordWrapper.columns(of: character)
                if used + size > room { break }
                visible.append(character)
                used += size
            }
            let before = WordWrapper.columns(String(characters[scroll..<cursor]))
            var out = "\r" + last + visible + "\u{1B}[K\r"
            let column = promptColumns + before
            if column > 0 { out += "\u{1B}[\(column)C" }
            write(out)
        }
        let lead = WordWrapper(width: max(20, Terminal.size().columns - 12)).wrap(prompt().trimmingTrailingSpaces(), rest: "").dropLast()
        if !lead.isEmpty { write(lead.joined(separator: "\r\n") + "\r\n") }
        draw()
        while true {
            for key in KeyInput.decode(&pending, flush: ended) {
                switch key {
                case .text(let typed): buffer.insert(typed)
                case .enter:
                    // What was typed stays on screen above the answer's outcome.
                    draw()
                    write("\r\n")
                    return .line(buffer.text)
                case .backspace: buffer.backspace()
                case .delete: buffer.delete()
                case .left: buffer.left()
                case .right: buffer.right()
                case .home: buffer.home()
                case .end: buffer.end()
                case .clearLine: buffer.clear()
                case .killToEnd: buffer.killToEnd()
                case .deleteWordBack: buffer.deleteWordBack()
                case .endOfInput:
                    if buffer.characters.isEmpty {
                        write("\r\n")
                        return .closed
                    }
                    buffer.delete()
                case .interrupt:
                    // Ctrl-C, read as a key in raw mode: the same as the signal would have been.
                    write("\r\n")
                    restore()
                    raise(SIGINT)
                }
            }
            if ended {
                if pending.isEmpty {
                    write("\r\n")
                    return .closed
                }
                continue
            }
            draw()
            switch wait(tick: tick) {
            case .stop:
                write("\r\u{1B}[K")
                return .stopped
            case .notice(let lines):
                write("\r\u{1B}[K" + lines.joined(separator: "\r\n") + "\r\n")
                draw()
            case .redraw:
                draw()
            case .none:
                break
            }
        }
    }

    // MARK: reading

    private var lastTick = Date()

    /// Waits for input, up to the next tick (about a second apart); reads what came into `pending`.
    private func wait(tick: (() -> Tick)?) -> Tick {
        let untilTick = tick == nil ? -1 : max(0, Int((1 - Date().timeIntervalSince(lastTick)) * 1000))
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&request, 1, Int32(untilTick))
        if ready > 0 {
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                pending += chunk[..<count]
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                ended = true
            }
            // A lone ESC: wait a moment for the rest of its sequence, else take it alone.
            if pending == [0x1B] {
                var more = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                if poll(&more, 1, 50) <= 0 { pending = [] }
            }
        }
        guard let tick, Date().timeIntervalSince(lastTick) >= 1 else { return .none }
        lastTick = Date()
        return tick()
    }

    private func write(_ text: String) {
        Output.flush()
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written <= 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
