import Foundation

/// A file system mounted for a test, unmounted when the value goes away: a small tmpfs (a disk
/// that fills up) or a read-only bind mount of a folder. Needs root, as CI and the developers'
/// machines have; where mounting is refused the test fails, it is never skipped.
package final class Mount: @unchecked Sendable {
    package let path: String
    private let holder: TemporaryFolder

    private init(_ arguments: [String], then extra: [String]? = nil) throws {
        holder = TemporaryFolder()
        path = holder.path
        try Mount.mount(arguments + [path])
        if let extra { try Mount.mount(extra + [path]) }
    }

    /// A tmpfs of `kilobytes`.
    package static func smallDisk(kilobytes: Int) throws -> Mount {
        try Mount(["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs"])
    }

    /// `folder`, seen read-only.
    package static func readOnly(_ folder: String) throws -> Mount {
        try Mount(["--bind", folder], then: ["-o", "remount,bind,ro"])
    }

    /// Fills the disk until a write fails, leaving `spare` bytes' worth unwritten.
    package func fill() throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: try holderFile()))
        let chunk = Data(count: 4096)
        while true {
            do { try handle.write(contentsOf: chunk) } catch { break }
        }
        try? handle.close()
    }

    private func holderFile() throws -> String {
        let filler = path + "/filler"
        _ = FileManager.default.createFile(atPath: filler, contents: nil)
        return filler
    }

    deinit {
        _ = try? Mount.run("/bin/umount", ["-l", path])
    }

    private static func mount(_ arguments: [String]) throws {
        let status = try run("/bin/mount", arguments)
        guard status == 0 else {
            throw NSError(domain: "Mount", code: Int(status), userInfo: [NSLocalizedDescriptionKey: "mount \(arguments.joined(separator: " ")) failed (the test needs root)"])
        }
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
