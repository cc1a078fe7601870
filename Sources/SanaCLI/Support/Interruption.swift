import Dispatch
import Foundation
import Synchronization

/// Turns Ctrl-C, SIGTERM and SIGHUP into a flag a long job polls, so it can roll back and
/// say so instead of dying mid-way.
final class Interruption: Sendable {
    private final class Flag: Sendable {
        let raised = Atomic<Bool>(false)
    }

    private let flag: Flag
    /// Kept alive as long as the watch: a released source stops delivering.
    private let sources: Mutex<[DispatchSourceSignal]>

    private init(flag: Flag, sources: sending [DispatchSourceSignal]) {
        self.flag = flag
        self.sources = Mutex(sources)
    }

    static func watch() -> Interruption {
        let flag = Flag()
        var sources: [DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            // A signal ignored on entry (nohup, a background job) stays ignored.
            let previous = signal(signalNumber, SIG_IGN)
            if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { flag.raised.store(true, ordering: .releasing) }
            source.resume()
            sources.append(source)
        }
        return Interruption(flag: flag, sources: sources)
    }

    var isRaised: Bool {
        flag.raised.load(ordering: .acquiring)
    }
}
