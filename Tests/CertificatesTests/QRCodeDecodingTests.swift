import Certificates
import Foundation
import SanaQR
import SanaTestSupport
import Testing

/// QR codes from our encoder read back by an independent decoder (zbarimg): every version and level,
/// every mask, the SVG as a browser draws it, and the half-block text. A missing zbarimg or chromium
/// fails these tests.
@Suite struct QRCodeDecodingTests {
    /// Printable ASCII of a given length that changes from code to code.
    static func text(_ count: Int, seed: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?=&%+")
        return String((0..<count).map { alphabet[($0 * 7 + seed * 13 + $0 / 5) % alphabet.count] })
    }

    /// The symbol with a quiet zone of 4 modules, `scale` pixels a module.
    static func bitmap(_ code: QRCode, scale: Int) -> Bitmap {
        var bitmap = Bitmap(width: code.size + 8, height: code.size + 8)
        for row in 0..<code.size {
            for column in 0..<code.size { bitmap[column + 4, row + 4] = code[row, column] }
        }
        return bitmap.scaled(by: scale)
    }

    @Test func everyVersionAtEveryLevelFilledToCapacity() throws {
        let work = TemporaryFolder()
        var images: [String] = []
        var texts: [String] = []
        for version in QRVersion.all {
            for level in QRErrorCorrection.allCases {
                let text = Self.text(version.byteCapacity(level), seed: version.number * 4 + level.rawValue)
                let code = try QRCode(text: text, errorCorrection: level)
                #expect(code.version == version && code.errorCorrection == level)
                images.append(try Self.bitmap(code, scale: 3).writePBM(to: work.file("v\(version.number)\(level.letter).pbm")))
                texts.append(text)
            }
        }
        let decoded = try ZBar.decodeAll(images)
        for (index, symbols) in decoded.enumerated() {
            #expect(symbols == [texts[index]], "\((images[index] as NSString).lastPathComponent) did not read back")
        }
    }

    @Test func everyMaskReadsBack() throws {
        let work = TemporaryFolder()
        var images: [String] = []
        for mask in QRMask.allCases {
            for length in [20, 150] {  // version 2 (no version information) and version 7 (with it)
                let code = try QRCode(text: Self.text(length, seed: mask.rawValue), errorCorrection: .medium, mask: mask)
                #expect(code.mask == mask)
                images.append(try Self.bitmap(code, scale: 4).writePBM(to: work.file("mask\(mask.rawValue)-\(length).pbm")))
            }
        }
        let decoded = try ZBar.decodeAll(images)
        for (index, symbols) in decoded.enumerated() {
            #expect(symbols == [Self.text(index % 2 == 0 ? 20 : 150, seed: index / 2)], "\(images[index])")
        }
    }

    @Test func halfBlockTextReadsBack() throws {
        let work = TemporaryFolder()
        let url = "https://aisana.example.kz/verify/#SZ29ZYWN6SJGX7A48"
        let code = try QRCode(text: url)
        let lines = code.halfBlockLines()
        #expect(lines.count == (code.size + 8 + 1) / 2)
        #expect(lines.allSatisfy { $0.count == code.size + 8 })
        #expect(lines.allSatisfy { $0.allSatisfy { "▀▄█ ".contains($0) } })
        #expect(lines[0].allSatisfy { $0 == " " } && lines[1].allSatisfy { $0 == " " }, "4 modules of quiet zone above")
        #expect(lines.allSatisfy { $0.hasPrefix("    ") && $0.hasSuffix("    ") })
        let bitmap = try #require(Bitmap.fromHalfBlocks(lines))
        #expect(try ZBar.decode(bitmap.scaled(by: 4).writePBM(to: work.file("text.pbm"))) == [url])
    }

    /// The SVG alone, as Chromium rasterizes it at a few widths, down to under 3 pixels a module.
    @Test func svgReadsBackAtSeveralSizes() throws {
        let work = TemporaryFolder()
        let url = "https://aisana.example.kz/verify/#SZ29ZYWN6SJGX7A48"
        let code = try QRCode(text: url)
        let svg = code.svg(width: "100%")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 45 45\""))
        #expect(svg.contains("shape-rendering=\"crispEdges\""))
        for pixels in [120, 185, 333, 600] {
            let page = try work.write("svg-\(pixels).html", """
                <!DOCTYPE html><html><body style="margin:0;background:#fff">
                <div style="width:\(pixels)px;margin:20px">\(svg)</div>
                </body></html>
                """)
            let png = work.file("svg-\(pixels).png")
            try Chromium.screenshot(page, to: png, width: pixels + 40, height: pixels + 40)
            #expect(try ZBar.decode(png) == [url], "at \(pixels) px")
        }
    }
}
