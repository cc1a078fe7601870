import Foundation

/// What a fuzz run leaves behind when an input takes the process down: a crash signal, a hang
/// or runaway memory. Each running fuzz target holds a slot with a copy of the input it is on;
/// a signal handler writes every slot's input to its file before the crash goes on to the
/// previous handler (Swift's backtrace), and a watchdog thread aborts the process, after writing
/// the inputs, when one input runs past the hang limit or the process past the memory cap.
enum FuzzGuard {
    /// One running target's input, plain memory the signal handler can read.
    struct Slot {
        var active: Int32 = 0
        var length = 0
        var capacity = 0
        var buffer: UnsafeMutablePointer<UInt8>?
        var started: UInt64 = 0
        var iteration = 0
        var hangLimit: UInt64 = 0
        var thread: pthread_t = 0
        var path: UnsafeMutablePointer<CChar>?
        var label: UnsafeMutablePointer<CChar>?
    }

    static let slotCount = 16
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<Slot> = {
        let slots = UnsafeMutablePointer<Slot>.allocate(capacity: slotCount)
        slots.initialize(repeating: Slot(), count: slotCount)
        return slots
    }()
    nonisolated(unsafe) static let previous: UnsafeMutablePointer<sigaction> = {
        let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        actions.initialize(repeating: sigaction(), count: 65)
        return actions
    }()
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false
    nonisolated(unsafe) static var memoryCap = 0
    nonisolated(unsafe) private static var dumping: Int32 = 0

    /// Claims a slot for a run of `label` whose crash input goes to `path`.
    static func claim(label: String, path: String, hangSeconds: Double, memoryCapBytes: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        install()
        memoryCap = max(memoryCap, memoryCapBytes)
        for index in 0..<slotCount where slots[index].label == nil {
            slots[index].label = strdup(label)
            slots[index].path = strdup(path)
            slots[index].hangLimit = UInt64(hangSeconds * 1e9)
            return index
        }
        fatalError("more than \(slotCount) fuzz targets at once")
    }

    static func release(_ index: Int) {
        lock.lock()
        defer { lock.unlock() }
        slots[index].active = 0
        free(slots[index].label)
        free(slots[index].path)
        free(slots[index].buffer)
        slots[index] = Slot()
    }

    /// The slot's target starts on `input`.
    static func begin(_ index: Int, input: [UInt8], iteration: Int) {
        lock.lock()
        defer { lock.unlock() }
        if slots[index].capacity < input.count {
            free(slots[index].buffer)
            slots[index].capacity = max(input.count, 4096)
            slots[index].buffer = .allocate(capacity: slots[index].capacity)
        }
        input.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { slots[index].buffer!.update(from: base, count: source.count) }
        }
        slots[index].length = input.count
        slots[index].iteration = iteration
        slots[index].started = DispatchTime.now().uptimeNanoseconds
        slots[index].thread = pthread_self()
        slots[index].active = 1
    }

    static func end(_ index: Int) {
        lock.lock()
        slots[index].active = 0
        lock.unlock()
    }

    private static func install() {
        guard !installed else { return }
        installed = true
        _ = slots
        _ = previous
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler = .init(sa_handler: FuzzGuard.handle)
            action.sa_flags = Int32(SA_NODEFER)
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, previous + Int(signal))
        }
        let watchdog = Thread { FuzzGuard.watch() }
        watchdog.name = "fuzz watchdog"
        watchdog.start()
    }

    /// Writes each running input to its file, then hands the signal back to the previous handler:
    /// returning re-runs the faulting instruction (or abort() raises again) under that handler.
    private static let handle: @convention(c) (Int32) -> Void = { signal in
        FuzzGuard.dump(reason: "signal ", number: Int(signal), culprit: pthread_self())
        sigaction(signal, FuzzGuard.previous + Int(signal), nil)
    }

    /// Async-signal-safe: write(2) only, no allocation.
    /// `culprit`: the thread that crashed or hung; the other running inputs are saved too.
    static func dump(reason: StaticString, number: Int, culprit: pthread_t) {
        if dumping != 0 { return }
        dumping = 1
        for index in 0..<slotCount where slots[index].active != 0 {
            let slot = slots[index]
            guard let path = slot.path, let label = slot.label else { continue }
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            if fd >= 0 {
                if let buffer = slot.buffer { _ = write(fd, buffer, slot.length) }
                close(fd)
            }
            say("\nsana fuzz: ")
            say(reason)
            sayNumber(number)
            say(" while target ")
            sayC(label)
            say(" ran input #")
            sayNumber(slot.iteration)
            say(" (")
            sayNumber(slot.length)
            say(slot.thread == culprit ? " bytes) <- this one: saved to " : " bytes) (was running meanwhile): saved to ")
            sayC(path)
            say("\nreplay it: SANA_FUZZ_REPLAY=")
            sayC(path)
            say(" scripts/fuzz --target ")
            sayC(label)
            say("\n")
        }
    }

    private static func say(_ text: StaticString) {
        _ = write(2, text.utf8Start, text.utf8CodeUnitCount)
    }

    private static func sayC(_ text: UnsafeMutablePointer<CChar>) {
        _ = write(2, text, strlen(text))
    }

    private static func sayNumber(_ value: Int) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var rest = value.magnitude
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(48 + rest % 10)
                rest /= 10
            } while rest > 0 && index > 0
            _ = write(2, buffer.baseAddress! + index, buffer.count - index)
        }
    }

    /// Resident memory of the whole process, from /proc/self/statm.
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// The process's peak resident memory so far (VmHWM).
    static func peakResidentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kib = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return 0 }
        return kib * 1024
    }

    private static func watch() {
        while true {
            usleep(50_000)
            let now = DispatchTime.now().uptimeNanoseconds
            lock.lock()
            var hung: pthread_t?
            for index in 0..<slotCount where slots[index].active != 0 && now > slots[index].started && now - slots[index].started > slots[index].hangLimit {
                hung = slots[index].thread
            }
            lock.unlock()
            if let hung {
                dump(reason: "no answer within the hang limit: aborting; hang limit (s) ", number: Int(slotsHangSeconds()), culprit: hung)
                abort()
            }
            if memoryCap > 0, residentBytes() > memoryCap {
                dump(reason: "resident memory above the cap: aborting; cap (MB) ", number: memoryCap >> 20, culprit: 0)
                abort()
            }
        }
    }

    private static func slotsHangSeconds() -> UInt64 {
        (0..<slotCount).map { slots[$0].hangLimit }.max().map { $0 / 1_000_000_000 } ?? 0
    }
}
