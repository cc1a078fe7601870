import Foundation

/// The built `sana` executable, run as a user would.
package struct SanaBinary: Sendable {
    package struct Result: Sendable {
        package let status: Int32
        package let stdout: String
        package let stderr: String
    }

    package let path: String

    /// `$SANA_BIN`, else the `sana` built beside the running test bundle.
    package static let built: SanaBinary = {
        if let path = ProcessInfo.processInfo.environment["SANA_BIN"], !path.isEmpty {
            return SanaBinary(path: path)
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !folder.path.hasSuffix(".xctest") && folder.path != "/" && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("sana").path) {
            folder = folder.deletingLastPathComponent()
        }
        if folder.path.hasSuffix(".xctest") { folder = folder.deletingLastPathComponent() }
        return SanaBinary(path: folder.appendingPathComponent("sana").path)
    }()

    package init(path: String) {
        self.path = path
    }

    /// Runs sana with `arguments` in `directory`, with `environment` added to a minimal one
    /// (no inherited SANA_DB), feeding `input` on stdin.
    package func run(
        _ arguments: [String],
        in directory: String? = nil,
        environment: [String: String] = [:],
        input: String? = nil
    ) throws -> Result {
        try start(arguments, in: directory, environment: environment, input: input).wait()
    }

    /// Starts sana and returns at once, for tests that signal it midway.
    package func start(
        _ arguments: [String],
        in directory: String? = nil,
        environment: [String: String] = [:],
        input: String? = nil
    ) throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ["PATH": "/usr/bin:/bin", "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/tmp", "NO_COLOR": "1"]
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        return Running(process: process, out: out, err: err)
    }

    /// A started sana: its output is collected on threads so it never blocks on a full pipe.
    package final class Running: @unchecked Sendable {
        package let process: Process
        private let outData = LockedData(), errData = LockedData()

        init(process: Process, out: Pipe, err: Pipe) {
            self.process = process
            Thread { [outData] in outData.set(out.fileHandleForReading.readDataToEndOfFile()) }.start()
            Thread { [errData] in errData.set(err.fileHandleForReading.readDataToEndOfFile()) }.start()
        }

        package func signal(_ number: Int32) {
            kill(process.processIdentifier, number)
        }

        package func wait() -> Result {
            process.waitUntilExit()
            while !outData.isSet || !errData.isSet { usleep(1000) }
            return Result(
                status: process.terminationStatus,
                stdout: String(decoding: outData.value, as: UTF8.self),
                stderr: String(decoding: errData.value, as: UTF8.self))
        }

        /// True when the process was ended by a signal rather than exiting.
        package var wasSignalled: Bool {
            process.terminationReason == .uncaughtSignal
        }
    }
}

final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ value: Data) {
        lock.lock(); data = value; lock.unlock()
    }

    var isSet: Bool {
        lock.lock(); defer { lock.unlock() }
        return data != nil
    }

    var value: Data {
        lock.lock(); defer { lock.unlock() }
        return data ?? Data()
    }
}
