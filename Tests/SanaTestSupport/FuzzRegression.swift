import Dispatch

/// An input a fuzzer once found breaking a property (a crash, a hang, a wrong answer), kept in
/// `Tests/Fuzz/regressions/<target>/` and checked on every test run. `Tests/Fuzz/regressions/<target>/known-issues.txt`
/// lists those whose bug is still open (`name: what goes wrong`): they are expected to fail, and
/// are checked in a child process, so a crash is reported rather than ending the test run.
package struct FuzzRegression: Sendable, Codable, CustomStringConvertible {
    package let target: String
    package let name: String
    package let bytes: [UInt8]
    /// Why it is expected to fail, while its bug is open.
    package let knownIssue: String?

    package var description: String { "\(target)/\(name)" }

    /// The regression inputs of `target`, by name.
    package static func all(_ target: String) -> [FuzzRegression] {
        let folder = FuzzPaths.fuzz + "/regressions/" + target
        var known: [String: String] = [:]
        for (name, bytes) in FuzzPaths.files(in: folder) where name == "known-issues.txt" {
            for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2 { known[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces) }
            }
        }
        return FuzzPaths.files(in: folder).filter { $0.name != "known-issues.txt" && !$0.name.hasSuffix(".md") }.map {
            FuzzRegression(target: target, name: $0.name, bytes: $0.bytes, knownIssue: known[$0.name])
        }
    }
}

extension FuzzRegression {
    /// `check` on this input, failing as slow past the fuzzers' time limit, as a fuzz run would.
    package func check(_ check: ([UInt8]) -> FuzzFailure?) -> FuzzFailure? {
        let start = Fuzzer.threadCPUSeconds()
        let failure = check(bytes)
        let seconds = Fuzzer.threadCPUSeconds() - start
        let limit = FuzzConfig.current.slowSeconds
        if failure == nil, seconds > limit {
            return FuzzFailure("slow", String(format: "%.2f s of CPU for %d bytes (limit %.2f s)", seconds, bytes.count, limit))
        }
        return failure
    }
}
