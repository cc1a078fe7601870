import Dispatch
import Foundation

/// Turns Ctrl-C, SIGTERM and SIGHUP into a flag a long job polls, so it can roll back and
/// say so instead of dying mid-way.
final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false
    private var sources: [DispatchSourceSignal] = []

    static func watch() -> Interruption {
        let interruption = Interruption()
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            // A signal ignored on entry (nohup, a background job) stays ignored.
            let previous = signal(signalNumber, SIG_IGN)
            if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [interruption] in interruption.raise() }
            source.resume()
            interruption.sources.append(source)
        }
        return interruption
    }

    var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }

    private func raise() {
        lock.lock()
        raised = true
        lock.unlock()
    }
}
