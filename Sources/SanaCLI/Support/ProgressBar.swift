import Foundation
import Synchronization

/// A one-line progress bar on stderr (percent of bytes, rows/s, time left), redrawn at most
/// ten times a second; silent when stderr is not a terminal.
final class ProgressBar: Sendable {
    private struct Drawing {
        var lastDraw = Date.distantPast
        var drawn = false
    }

    private let enabled: Bool
    private let texts: Texts
    private let started = Date()
    private let drawing = Mutex(Drawing())

    init(texts: Texts, enabled: Bool = Terminal.stderrIsInteractive) {
        self.texts = texts
        self.enabled = enabled
    }

    func update(done: Int64, total: Int64, rows: Int) {
        guard enabled else { return }
        drawing.withLock { drawing in
            let now = Date()
            guard now.timeIntervalSince(drawing.lastDraw) >= 0.1 else { return }
            drawing.lastDraw = now
            draw(done: done, total: total, rows: rows, now: now)
            drawing.drawn = true
        }
    }

    private func draw(done: Int64, total: Int64, rows: Int, now: Date) {
        let line = self.line(done: done, total: total, rows: rows, elapsed: now.timeIntervalSince(started))
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line).utf8))
    }

    /// The bar's text after `elapsed` seconds, in the admin's language: numbers grouped as the
    /// language groups them (`12,345`; `12 345` with a no-break space in Kazakh and Russian).
    func line(done: Int64, total: Int64, rows: Int, elapsed: Double) -> String {
        let elapsed = max(elapsed, 0.001)
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 0
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rate = Double(rows) / elapsed
        let left = fraction > 0 ? elapsed / fraction - elapsed : 0
        let separator = texts.language == .en ? "," : "\u{00A0}"
        return texts(AdminMessage.progress, [
            "bar": bar, "percent": String(format: "%3d", Int(fraction * 100)),
            "rows": ProgressBar.grouped(rows, separator: separator), "rate": ProgressBar.grouped(Int(rate), separator: separator),
            "left": ProgressBar.clock(left),
        ])
    }

    /// Removes the bar so the next line starts clean; it comes back at the next update.
    func clear() {
        drawing.withLock { drawing in
            if drawing.drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            drawing.drawn = false
            drawing.lastDraw = .distantPast
        }
    }

    static func grouped(_ value: Int, separator: String = ",") -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += separator }
            out.append(character)
        }
        return out
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return String(format: "%d:%02d", total / 60, total % 60)
    }
}
