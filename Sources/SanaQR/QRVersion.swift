/// A QR code version, 1 to 40: a square of 17 + 4 × version modules (ISO/IEC 18004 §6.4.1), and what
/// it holds at each error correction level.
package struct QRVersion: Sendable, Hashable, Comparable {
    package let number: Int

    package init?(_ number: Int) {
        guard (1...40).contains(number) else { return nil }
        self.number = number
    }

    private init(unchecked number: Int) {
        self.number = number
    }

    package static let all: [QRVersion] = (1...40).map { QRVersion(unchecked: $0) }

    /// Modules on a side.
    package var size: Int { 17 + 4 * number }

    /// Row and column coordinates of the alignment patterns' centres (Annex E); a pattern sits at
    /// every pair of them except the three that would cover a finder pattern.
    var alignmentCenters: [Int] { Self.alignmentTable[number - 1] }

    /// Modules left for codewords once the function patterns are drawn: finders with separators
    /// (3 × 64), format information and the dark module (31), timing patterns outside the finders,
    /// alignment patterns (less the 5 modules each shares with a timing pattern) and, from version 7,
    /// two version information blocks of 18.
    var codewordModules: Int {
        let centers = alignmentCenters.count
        let alignment = centers == 0 ? 0 : 25 * (centers * centers - 3) - 10 * (centers - 2)
        return size * size - 192 - 31 - 2 * (size - 16) - alignment - (number >= 7 ? 36 : 0)
    }

    /// Data and error correction codewords together; the modules left over (0, 3, 4 or 7) stay light.
    var totalCodewords: Int { codewordModules / 8 }

    func blockLayout(_ level: QRErrorCorrection) -> QRBlockLayout {
        QRBlockLayout(
            blockCount: Self.blockCounts[level.rawValue][number - 1],
            ecCodewordsPerBlock: Self.ecCodewordsPerBlock[level.rawValue][number - 1],
            totalCodewords: totalCodewords)
    }

    package func dataCodewords(_ level: QRErrorCorrection) -> Int {
        blockLayout(level).dataCodewords
    }

    /// Bits of the byte-mode character count: 8 up to version 9, 16 from version 10.
    var byteCountBits: Int { number < 10 ? 8 : 16 }

    /// The most bytes one byte-mode segment holds at `level`.
    package func byteCapacity(_ level: QRErrorCorrection) -> Int {
        (dataCodewords(level) * 8 - 4 - byteCountBits) / 8
    }

    package static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.number < rhs.number
    }

    // Table 9 of ISO/IEC 18004, by level (L, M, Q, H) then version 1...40.
    static let ecCodewordsPerBlock: [[Int]] = [
        [7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
         28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
         26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
        [13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
         28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
         30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    ]

    static let blockCounts: [[Int]] = [
        [1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
         8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
        [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
         17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
        [1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
         23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
        [1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
         25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
    ]

    // Annex E of ISO/IEC 18004.
    static let alignmentTable: [[Int]] = [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34],
        [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50], [6, 30, 54], [6, 32, 58], [6, 34, 62],
        [6, 26, 46, 66], [6, 26, 48, 70], [6, 26, 50, 74], [6, 30, 54, 78], [6, 30, 56, 82], [6, 30, 58, 86],
        [6, 34, 62, 90],
        [6, 28, 50, 72, 94], [6, 26, 50, 74, 98], [6, 30, 54, 78, 102], [6, 28, 54, 80, 106],
        [6, 32, 58, 84, 110], [6, 30, 58, 86, 114], [6, 34, 62, 90, 118],
        [6, 26, 50, 74, 98, 122], [6, 30, 54, 78, 102, 126], [6, 26, 52, 78, 104, 130],
        [6, 30, 56, 82, 108, 134], [6, 34, 60, 86, 112, 138], [6, 30, 58, 86, 114, 142],
        [6, 34, 62, 90, 118, 146],
        [6, 30, 54, 78, 102, 126, 150], [6, 24, 50, 76, 102, 128, 154], [6, 28, 54, 80, 106, 132, 158],
        [6, 32, 58, 84, 110, 136, 162], [6, 26, 54, 82, 110, 138, 166], [6, 30, 58, 86, 114, 142, 170],
    ]
}
