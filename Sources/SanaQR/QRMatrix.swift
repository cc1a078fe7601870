/// A QR symbol as it is built (ISO/IEC 18004 §7.7–7.9): the modules, dark or light, and which of them
/// belong to function patterns (finders, separators, timing, alignment, format and version
/// information), which data never overwrites and masks never touch.
struct QRMatrix: Sendable, Equatable {
    let size: Int
    private(set) var dark: [Bool]
    private(set) var isFunction: [Bool]

    /// An empty symbol of `version` with its function patterns drawn, and the format and version
    /// information areas reserved.
    init(version: QRVersion) {
        size = version.size
        dark = Array(repeating: false, count: size * size)
        isFunction = Array(repeating: false, count: size * size)
        for (row, column) in [(0, 0), (0, size - 7), (size - 7, 0)] {
            drawFinder(row: row, column: column)
        }
        for index in 8..<(size - 8) {
            setFunction(row: 6, column: index, dark: index % 2 == 0)
            setFunction(row: index, column: 6, dark: index % 2 == 0)
        }
        let centers = version.alignmentCenters
        for row in centers {
            for column in centers {
                let first = centers.first, last = centers.last
                // The three corners where a finder pattern already is.
                if (row == first && column == first) || (row == first && column == last) || (row == last && column == first) {
                    continue
                }
                drawAlignment(row: row, column: column)
            }
        }
        for (row, column) in Self.formatPositions(size: size).flatMap({ [$0.0, $0.1] }) {
            setFunction(row: row, column: column, dark: false)
        }
        setFunction(row: size - 8, column: 8, dark: true)  // the dark module beside the lower finder
        if version.number >= 7 {
            let bits = QRInformationBits.version(version)
            for (index, position) in Self.versionPositions(size: size).enumerated() {
                let isDark = bits >> index & 1 == 1
                setFunction(row: position.0.0, column: position.0.1, dark: isDark)
                setFunction(row: position.1.0, column: position.1.1, dark: isDark)
            }
        }
    }

    subscript(row: Int, column: Int) -> Bool {
        dark[row * size + column]
    }

    /// Where format information bit i (0 the least significant) goes, in both copies: the first
    /// around the top-left finder, the second split between the top-right and bottom-left ones.
    static func formatPositions(size: Int) -> [((Int, Int), (Int, Int))] {
        (0..<15).map { bit -> ((Int, Int), (Int, Int)) in
            let first: (Int, Int)
            switch bit {
            case 0...5: first = (bit, 8)
            case 6: first = (7, 8)
            case 7: first = (8, 8)
            case 8: first = (8, 7)
            default: first = (8, 14 - bit)
            }
            let second = bit < 8 ? (8, size - 1 - bit) : (size - 15 + bit, 8)
            return (first, second)
        }
    }

    /// Where version information bit i goes: a 6 × 3 block left of the top-right finder and its
    /// transpose above the bottom-left one.
    static func versionPositions(size: Int) -> [((Int, Int), (Int, Int))] {
        (0..<18).map { bit in
            ((bit / 3, size - 11 + bit % 3), (size - 11 + bit % 3, bit / 3))
        }
    }

    /// Places the codewords' bits, most significant first, in the two-module-wide columns that zigzag
    /// up and down from the bottom-right corner, skipping function modules and the vertical timing
    /// column. Modules left over after the last codeword stay light (the remainder bits).
    mutating func place(_ codewords: [UInt8]) {
        var bitIndex = 0
        let bitCount = codewords.count * 8
        var right = size - 1
        var upward = true
        while right >= 1 {
            if right == 6 { right = 5 }
            for step in 0..<size {
                let row = upward ? size - 1 - step : step
                for column in [right, right - 1] where !isFunction[row * size + column] {
                    if bitIndex < bitCount {
                        dark[row * size + column] = codewords[bitIndex / 8] >> (7 - bitIndex % 8) & 1 == 1
                    }
                    bitIndex += 1
                }
            }
            upward.toggle()
            right -= 2
        }
    }

    /// This symbol with `mask` applied to its data modules and the matching format information drawn.
    func masked(_ mask: QRMask, level: QRErrorCorrection) -> QRMatrix {
        var result = self
        for row in 0..<size {
            for column in 0..<size where !isFunction[row * size + column] && mask.inverts(row: row, column: column) {
                result.dark[row * size + column].toggle()
            }
        }
        let bits = QRInformationBits.format(level, mask)
        for (index, positions) in Self.formatPositions(size: size).enumerated() {
            let isDark = bits >> index & 1 == 1
            result.dark[positions.0.0 * size + positions.0.1] = isDark
            result.dark[positions.1.0 * size + positions.1.1] = isDark
        }
        return result
    }

    private mutating func setFunction(row: Int, column: Int, dark isDark: Bool) {
        dark[row * size + column] = isDark
        isFunction[row * size + column] = true
    }

    /// A 7 × 7 finder pattern with its top-left module at (row, column), and its light separator.
    private mutating func drawFinder(row: Int, column: Int) {
        for dy in -1...7 {
            for dx in -1...7 {
                let y = row + dy, x = column + dx
                guard (0..<size).contains(y) && (0..<size).contains(x) else { continue }
                let ring = max(abs(dy - 3), abs(dx - 3))  // 0 at the centre, 3 on the outer edge, 4 the separator
                setFunction(row: y, column: x, dark: ring != 2 && ring != 4)
            }
        }
    }

    /// A 5 × 5 alignment pattern centred on (row, column).
    private mutating func drawAlignment(row: Int, column: Int) {
        for dy in -2...2 {
            for dx in -2...2 {
                setFunction(row: row + dy, column: column + dx, dark: max(abs(dy), abs(dx)) != 1)
            }
        }
    }
}
