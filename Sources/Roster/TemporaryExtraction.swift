import Foundation

/// A .zip unpacked into a private temporary folder (with the system's unzip), removed afterwards.
final class TemporaryExtraction {
    let folder: String

    init(zip: String) throws {
        var template = Array((NSTemporaryDirectory() + "/sana-oneroster-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw RosterError.cannotRead(path: zip, reason: "cannot make a temporary folder")
        }
        folder = String(cString: made)
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        unzip.arguments = ["-q", "-o", "-j", zip, "-d", folder]
        unzip.standardOutput = FileHandle.nullDevice
        unzip.standardError = FileHandle.nullDevice
        do {
            try unzip.run()
        } catch {
            throw RosterError.cannotRead(path: zip, reason: "unzip is not installed (apt-get install unzip)")
        }
        unzip.waitUntilExit()
        guard unzip.terminationStatus == 0 else {
            throw RosterError.cannotRead(path: zip, reason: "not a readable zip archive")
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
