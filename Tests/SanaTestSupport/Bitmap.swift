import Foundation

/// A black-and-white picture for a barcode reader: true is dark. Tests draw QR codes into it module by
/// module or from half-block text, and save it as a binary PBM, which zbarimg reads.
package struct Bitmap: Sendable, Equatable {
    package let width: Int
    package let height: Int
    package private(set) var pixels: [Bool]

    package init(width: Int, height: Int) {
        self.width = width
        self.height = height
        pixels = Array(repeating: false, count: width * height)
    }

    package subscript(x: Int, y: Int) -> Bool {
        get { pixels[y * width + x] }
        set { pixels[y * width + x] = newValue }
    }

    /// Each pixel becomes a `factor` × `factor` square.
    package func scaled(by factor: Int) -> Bitmap {
        var result = Bitmap(width: width * factor, height: height * factor)
        for y in 0..<result.height {
            for x in 0..<result.width { result[x, y] = self[x / factor, y / factor] }
        }
        return result
    }

    /// A bitmap from text drawn in half blocks: each character one pixel wide and two high (`▀` the
    /// upper dark, `▄` the lower, `█` both, a space neither). Nil when another character occurs.
    package static func fromHalfBlocks(_ lines: [String]) -> Bitmap? {
        let rows = lines.map(Array.init)
        var bitmap = Bitmap(width: rows.map(\.count).max() ?? 0, height: rows.count * 2)
        for (line, characters) in rows.enumerated() {
            for (x, character) in characters.enumerated() {
                switch character {
                case "█": bitmap[x, 2 * line] = true; bitmap[x, 2 * line + 1] = true
                case "▀": bitmap[x, 2 * line] = true
                case "▄": bitmap[x, 2 * line + 1] = true
                case " ": break
                default: return nil
                }
            }
        }
        return bitmap
    }

    /// The picture as a binary PBM (P4): rows of bits, 1 for black, each row padded to a byte.
    package var pbm: Data {
        var data = Data("P4\n\(width) \(height)\n".utf8)
        let rowBytes = (width + 7) / 8
        for y in 0..<height {
            var row = [UInt8](repeating: 0, count: rowBytes)
            for x in 0..<width where self[x, y] { row[x / 8] |= 0x80 >> UInt8(x % 8) }
            data.append(contentsOf: row)
        }
        return data
    }

    @discardableResult
    package func writePBM(to path: String) throws -> String {
        try pbm.write(to: URL(fileURLWithPath: path))
        return path
    }
}
