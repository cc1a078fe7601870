import Foundation

/// A mutation fuzzer for one target: seed inputs, mutated by `Mutator` under a fixed seed, each
/// checked by the target's `check` (nil when every property holds). A fixed number of inputs by
/// default (the same inputs on every run of `scripts/test`), or a time budget (`scripts/fuzz`);
/// see `FuzzConfig` for the knobs. A crash, a hang or runaway memory is caught by `FuzzGuard`
/// with the input saved; a broken property or a slow input is minimised (delta debugging: the
/// smallest input that still breaks the same property), saved and returned in the report.
package struct Fuzzer: Sendable {
    package let target: String
    package let seeds: [[UInt8]]
    package var mutator: Mutator
    /// Inputs checked when no time budget is given.
    package var iterations: Int
    package var config: FuzzConfig

    package init(target: String, seeds: [[UInt8]], mutator: Mutator = Mutator(), iterations: Int, config: FuzzConfig = .current) {
        precondition(!seeds.isEmpty, "a fuzzer needs seed inputs")
        self.target = target
        self.seeds = seeds
        self.mutator = mutator
        self.iterations = iterations
        self.config = config
    }

    package struct Finding: Sendable {
        package let failure: FuzzFailure
        package let iteration: Int
        /// How many inputs broke the same property.
        package var count: Int
        package let path: String
        package let minimized: [UInt8]
        package let minimizedPath: String
    }

    package struct Report: Sendable, CustomStringConvertible {
        package let target: String
        package let seed: UInt64
        package var inputs = 0
        package var bytes = 0
        package var seconds = 0.0
        package var slowest = 0.0
        package var slowestSize = 0
        package var largest = 0
        package var peakResidentMB = 0
        package var findings: [Finding] = []

        package var description: String {
            let head = String(format: "fuzz %@: %d inputs (%.1f MB) in %.1f s, seed %llu; slowest %.0f ms of CPU (%d bytes), largest %d bytes; process peak RSS %d MB",
                              target, inputs, Double(bytes) / 1e6, seconds, seed, slowest * 1000, slowestSize, largest, peakResidentMB)
            if findings.isEmpty { return head + "; no property broken" }
            return head + findings.map { "\n  \($0.failure.kind) (\($0.count) input\($0.count == 1 ? "" : "s"), first #\($0.iteration)): \($0.failure.detail)\n    saved: \($0.path)\n    minimised (\($0.minimized.count) bytes): \($0.minimizedPath)" }.joined()
        }
    }

    /// `run` on a thread of its own: a fuzz target takes seconds of CPU, and Swift Testing's
    /// cooperative threads (one per core) are better left to the other tests meanwhile.
    package func run(_ check: @escaping @Sendable ([UInt8]) -> FuzzFailure?) async -> Report {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: self.run(check))
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Checks the seeds as they are, then mutated inputs, until the budget is spent.
    package func run(_ check: @escaping ([UInt8]) -> FuzzFailure?) -> Report {
        var report = Report(target: target, seed: config.seed)
        try? FileManager.default.createDirectory(atPath: config.artifacts, withIntermediateDirectories: true)
        let slot = FuzzGuard.claim(
            label: target, path: "\(config.artifacts)/crash-\(target)-\(getpid()).bin",
            hangSeconds: config.hangSeconds, memoryCapBytes: config.memoryCapBytes)
        defer { FuzzGuard.release(slot) }
        let started = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }

        if let replay = config.replay {
            let bytes = FileManager.default.contents(atPath: replay).map { [UInt8]($0) } ?? []
            checkOne(bytes, iteration: 0, slot: slot, check: check, report: &report)
            report.seconds = elapsed()
            report.peakResidentMB = FuzzGuard.peakResidentBytes() >> 20
            return report
        }
        var previous: [UInt8]?
        var iteration = 0
        while true {
            if let seconds = config.seconds {
                if elapsed() >= seconds && iteration >= seeds.count { break }
            } else if iteration >= (config.iterations ?? iterations) + seeds.count {
                break
            }
            let input: [UInt8]
            if iteration < seeds.count {
                input = seeds[iteration]
            } else {
                var rng = FuzzRandom(seed: config.seed ^ FuzzRandom.hash(Array(target.utf8)), stream: UInt64(iteration))
                // A quarter of the time, mutate the last mutant further: deeper changes.
                let base = previous.flatMap { rng.oneIn(4) && $0.count < mutator.maxLength / 2 ? $0 : nil } ?? rng.pick(seeds)
                input = mutator.mutate(base, others: seeds, rng: &rng)
                previous = input
            }
            checkOne(input, iteration: iteration, slot: slot, check: check, report: &report)
            iteration += 1
        }
        report.seconds = elapsed()
        report.peakResidentMB = FuzzGuard.peakResidentBytes() >> 20
        return report
    }

    private func checkOne(_ input: [UInt8], iteration: Int, slot: Int, check: ([UInt8]) -> FuzzFailure?, report: inout Report) {
        FuzzGuard.begin(slot, input: input, iteration: iteration)
        let start = DispatchTime.now().uptimeNanoseconds
        let startCPU = Fuzzer.threadCPUSeconds()
        var failure = check(input)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = Fuzzer.threadCPUSeconds() - startCPU
        FuzzGuard.end(slot)
        report.inputs += 1
        report.bytes += input.count
        report.largest = max(report.largest, input.count)
        if cpu > report.slowest {
            report.slowest = cpu
            report.slowestSize = input.count
        }
        // CPU time of the checking thread, so that a busy machine does not make an input slow;
        // waiting (on the import's other threads) counts only past ten times the limit.
        if failure == nil && (cpu > config.slowSeconds || seconds > 10 * config.slowSeconds) {
            failure = FuzzFailure("slow", String(format: "%.2f s of CPU (%.2f s) for %d bytes (limit %.2f s)", cpu, seconds, input.count, config.slowSeconds))
        }
        guard let failure else { return }
        if let index = report.findings.firstIndex(where: { $0.failure.kind == failure.kind }) {
            report.findings[index].count += 1
            return
        }
        let name = "\(config.artifacts)/\(target)-\(FuzzFailure.slug(failure.kind))-\(config.seed)-\(iteration)"
        _ = FileManager.default.createFile(atPath: name + ".bin", contents: Data(input))
        let small = failure.kind == "slow" ? input : minimize(input, kind: failure.kind, check: check)
        _ = FileManager.default.createFile(atPath: name + ".min.bin", contents: Data(small))
        report.findings.append(Finding(failure: failure, iteration: iteration, count: 1, path: name + ".bin", minimized: small, minimizedPath: name + ".min.bin"))
    }

    /// The smallest input found that still breaks the property `kind`: chunks removed, halving
    /// their size down to single bytes (Zeller's ddmin, complement steps only), within a budget.
    package func minimize(_ input: [UInt8], kind: String, check: ([UInt8]) -> FuzzFailure?) -> [UInt8] {
        var best = input
        var chunk = max(1, best.count / 2)
        var evaluations = 0
        let deadline = DispatchTime.now().uptimeNanoseconds + 20_000_000_000
        while chunk >= 1, evaluations < 4000, DispatchTime.now().uptimeNanoseconds < deadline {
            var removed = false
            var start = 0
            while start < best.count, evaluations < 4000 {
                var candidate = best
                candidate.removeSubrange(start..<min(best.count, start + chunk))
                evaluations += 1
                if check(candidate)?.kind == kind {
                    best = candidate
                    removed = true
                } else {
                    start += chunk
                }
            }
            if !removed { chunk /= 2 }
        }
        return best
    }
}

extension Fuzzer {
    /// CPU time the calling thread has used.
    package static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

extension FuzzFailure {
    /// A file-name-safe form of a kind.
    static func slug(_ kind: String) -> String {
        String(kind.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
