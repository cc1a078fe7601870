import Foundation

/// A fuzz run's budget and limits, from the environment (`scripts/fuzz` sets them):
///
/// - `SANA_FUZZ_SEED`: the run's seed (decimal or 0x hex); default a fixed one, so `scripts/test`
///   checks the same inputs every time.
/// - `SANA_FUZZ_SECONDS`: run each target this long instead of its fixed number of inputs.
/// - `SANA_FUZZ_ITERATIONS`: or this many inputs per target.
/// - `SANA_FUZZ_REPLAY`: check this one file (a saved failing input) and nothing else.
/// - `SANA_FUZZ_ARTIFACTS`: where failing inputs are saved (default `.build/fuzz-artifacts`).
/// - `SANA_FUZZ_SLOW_MS`: an input whose check takes more CPU fails as slow (default 3000 ms, debug build).
/// - `SANA_FUZZ_HANG_SECONDS`: an input still running after this aborts the run (default 60).
/// - `SANA_FUZZ_MAX_RSS_MB`: the process's resident memory above this aborts the run (default 3072).
package struct FuzzConfig: Sendable {
    package static let defaultSeed: UInt64 = 20_261_010

    package var seed: UInt64
    package var seconds: Double?
    package var iterations: Int?
    package var replay: String?
    package var artifacts: String
    package var slowSeconds: Double
    package var hangSeconds: Double
    package var memoryCapBytes: Int

    package static var current: FuzzConfig {
        let env = ProcessInfo.processInfo.environment
        func number(_ name: String) -> Double? { env[name].flatMap { Double($0) } }
        var seed = defaultSeed
        if let text = env["SANA_FUZZ_SEED"], !text.isEmpty {
            seed = text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) ?? defaultSeed : UInt64(text) ?? defaultSeed
        }
        return FuzzConfig(
            seed: seed,
            seconds: number("SANA_FUZZ_SECONDS"),
            iterations: number("SANA_FUZZ_ITERATIONS").map { Int($0) },
            replay: env["SANA_FUZZ_REPLAY"].flatMap { $0.isEmpty ? nil : $0 },
            artifacts: env["SANA_FUZZ_ARTIFACTS"].flatMap { $0.isEmpty ? nil : $0 } ?? FuzzPaths.repository + "/.build/fuzz-artifacts",
            slowSeconds: (number("SANA_FUZZ_SLOW_MS") ?? 3000) / 1000,
            hangSeconds: number("SANA_FUZZ_HANG_SECONDS") ?? 60,
            memoryCapBytes: Int(number("SANA_FUZZ_MAX_RSS_MB") ?? 3072) << 20)
    }
}
