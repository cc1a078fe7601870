import Foundation

/// The verification page in headless Chromium, through `scripts/browser-verify` (Chromium's
/// DevTools protocol over a pipe): each visit opens a fresh tab, acts as a person would, and comes
/// back as what the page shows.
struct VerificationPage {
    struct Check: Decodable, Equatable {
        let name: String
        let outcome: String
        let text: String
    }

    /// What one visit showed.
    struct Shown: Decodable {
        let failure: String?
        let url: String?
        let lang: String?
        let verdict: String?
        let message: String?
        let messageText: String?
        let verdictText: String?
        let checks: [Check]?
        let summary: [String]?
        let ms: Double?
        let requests: [String]?
        let errors: [String]?
        let value: String?

        /// The names of the checks that came out `outcome`.
        func checks(_ outcome: String) -> [String] {
            (checks ?? []).filter { $0.outcome == outcome }.map(\.name)
        }
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let driver = repository + "/scripts/browser-verify"

    /// True when `chromium` is on the PATH.
    static var chromiumInstalled: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/chromium")
        }
    }

    /// Runs the visits (URLs relative to the served folder, or full `file://` URLs); the whole run
    /// is bounded: past `timeout` seconds the driver is killed and the test fails.
    static func visit(_ visits: [[String: Any]], serve: String? = nil, screenshot: String? = nil, timeout: TimeInterval = 300) throws -> [Shown] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", driver] + (serve.map { ["--serve", $0] } ?? []) + (screenshot.map { ["--screenshot", $0] } ?? [])
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: visits))
        try input.fileHandleForWriting.close()
        let collected = Collected()
        let reader = Thread {
            collected.out = output.fileHandleForReading.readDataToEndOfFile()
            collected.err = errors.fileHandleForReading.readDataToEndOfFile()
            collected.done.signal()
        }
        reader.start()
        if collected.done.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            collected.done.wait()
            throw Failure(text: "scripts/browser-verify took more than \(Int(timeout)) s: killed")
        }
        process.waitUntilExit()
        let lines = String(decoding: collected.out, as: UTF8.self).split(separator: "\n")
        let shown = try lines.map { try JSONDecoder().decode(Shown.self, from: Data($0.utf8)) }
        guard process.terminationStatus == 0, shown.count == visits.count else {
            throw Failure(text: "scripts/browser-verify exited \(process.terminationStatus): \(String(decoding: collected.err, as: UTF8.self))\(shown.compactMap(\.failure).joined(separator: "; "))")
        }
        return shown
    }

    struct Failure: Error, CustomStringConvertible {
        let text: String
        var description: String { text }
    }

    private final class Collected: @unchecked Sendable {
        var out = Data()
        var err = Data()
        let done = DispatchSemaphore(value: 0)
    }
}
