import Foundation

/// zbarimg (Debian's zbar-tools), an independent QR code reader: what it decodes from a picture is what
/// a verifier's phone would. A missing zbarimg is an error, never a skipped check.
package enum ZBar {
    package struct Missing: Error, CustomStringConvertible {
        package var description: String { "zbarimg is not installed (apt-get install zbar-tools; scripts/setup installs it)" }
    }

    /// The QR codes zbarimg finds in each image, in order: `zbarimg --raw -q`, QR codes only. Each
    /// image's symbols are read separately so a picture with none or two is told apart.
    package static func decode(_ image: String) throws -> [String] {
        try decodeAll([image])[0]
    }

    /// The symbols of several images, one zbarimg run per image.
    package static func decodeAll(_ images: [String]) throws -> [[String]] {
        guard let zbarimg = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Missing()
        }
        return try images.map { image in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: zbarimg)
            // --xml keeps each symbol's bytes apart even when they hold line breaks.
            process.arguments = ["-q", "--xml", "-Sdisable", "-Sqrcode.enable", image]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return symbols(inXML: String(decoding: data, as: UTF8.self))
        }
    }

    /// The text of each `<data><![CDATA[...]]></data>` in zbarimg's XML.
    static func symbols(inXML xml: String) -> [String] {
        var result: [String] = []
        var rest = xml[...]
        while let open = rest.range(of: "<data><![CDATA["), let close = rest.range(of: "]]></data>", range: open.upperBound..<rest.endIndex) {
            result.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return result
    }
}
