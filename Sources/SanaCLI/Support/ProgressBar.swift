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
    private let started = Date()
    private let drawing = Mutex(Drawing())

    init(enabled: Bool = Terminal.stderrIsInteractive) {
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
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 0
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rate = Double(rows) / elapsed
        let left = fraction > 0 ? elapsed / fraction - elapsed : 0
        let line = String(format: "%@ %3d%%  %@ rows  %@ rows/s  ETA %@", bar, Int(fraction * 100), ProgressBar.grouped(rows), ProgressBar.grouped(Int(rate)), ProgressBar.clock(left))
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line).utf8))
    }

    /// Removes the bar so the next line starts clean; it comes back at the next update.
    func clear() {
        drawing.withLock { drawing in
            if drawing.drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            drawing.drawn = false
            drawing.lastDraw = .distantPast
        }
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return String(format: "%d:%02d", total / 60, total % 60)
    }
}
