import Foundation

/// Headless Chromium, to see a page as a person would: a screenshot at a window size, a printed PDF,
/// or the DOM after the page's scripts ran. A missing chromium is an error, never a skipped check.
package enum Chromium {
    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    static var executable: String {
        get throws {
            for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"] where FileManager.default.isExecutableFile(atPath: path) {
                return path
            }
            throw Failure(description: "chromium is not installed (apt-get install chromium; scripts/setup installs it)")
        }
    }

    /// A PNG of `page` in a window `width` × `height` CSS pixels (794 × 1123 is A4 at 96 dpi), `scale`
    /// device pixels to a CSS pixel (2 is A4 at 192 dpi).
    package static func screenshot(_ page: String, to png: String, width: Int, height: Int, scale: Int = 1) throws {
        try run(["--screenshot=\(png)", "--window-size=\(width),\(height)", "--force-device-scale-factor=\(scale)", URL(fileURLWithPath: page).absoluteString], output: png)
    }

    /// The width and height a PNG file declares in its header.
    package static func pngSize(_ png: String) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: png)).prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else {
            throw Failure(description: "\(png) is not a PNG")
        }
        func int(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    /// `page` printed to PDF with its own @page size and no header or footer.
    package static func printToPDF(_ page: String, to pdf: String) throws {
        try run(["--print-to-pdf=\(pdf)", "--no-pdf-header-footer", URL(fileURLWithPath: page).absoluteString], output: pdf)
    }

    /// The page's DOM after its scripts ran, as HTML.
    package static func dumpDOM(_ page: String) throws -> String {
        try run(["--dump-dom", URL(fileURLWithPath: page).absoluteString], output: nil)
    }

    @discardableResult
    static func run(_ arguments: [String], output: String?) throws -> String {
        let profile = NSTemporaryDirectory() + "/sana-chromium-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(profile)",
        ] + arguments
        try FileManager.default.createDirectory(atPath: profile, withIntermediateDirectories: true)
        let log = profile + "/stderr.log"
        guard FileManager.default.createFile(atPath: log, contents: nil) else { throw Failure(description: "cannot create \(log)") }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus != 0 || (output.map { !FileManager.default.fileExists(atPath: $0) } ?? false) {
            let errors = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw Failure(description: "chromium \(arguments.joined(separator: " ")) failed (\(process.terminationStatus)): \(errors.suffix(2000))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
