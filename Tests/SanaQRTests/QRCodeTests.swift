@testable import SanaQR
import Testing

/// The QR encoder against the numbers the standard (ISO/IEC 18004) and its worked examples print.
@Suite struct QRCodeTests {
    @Test func galoisFieldIsGeneratedBy0x11D() {
        #expect(GF256.exp[0...15] == [1, 2, 4, 8, 16, 32, 64, 128, 29, 58, 116, 232, 205, 135, 19, 38])
        #expect(GF256.exp[255] == 1, "α has order 255")
        #expect(Set(GF256.exp[0..<255]).count == 255, "α generates every non-zero byte")
        #expect(GF256.multiply(0x80, 2) == 0x1D)
        for a in UInt8(1)...UInt8(255) {
            #expect(GF256.multiply(a, GF256.exp[255 - GF256.log[Int(a)]]) == 1)
        }
    }

    /// Generator polynomials as powers of α, highest term first (Annex A; the 13-codeword one is the
    /// tutorial's default).
    @Test func reedSolomonGeneratorPolynomials() {
        #expect(ReedSolomon(degree: 7).exponents == [0, 87, 229, 146, 149, 238, 102, 21])
        #expect(ReedSolomon(degree: 10).exponents == [0, 251, 67, 46, 61, 118, 70, 64, 94, 32, 45])
        #expect(ReedSolomon(degree: 13).exponents == [0, 74, 152, 176, 100, 86, 100, 106, 104, 130, 218, 206, 140, 78])
        #expect(ReedSolomon(degree: 17).exponents == [0, 43, 139, 206, 78, 43, 239, 123, 206, 214, 147, 24, 99, 150, 39, 243, 163, 136])
        #expect(ReedSolomon(degree: 18).exponents == [0, 215, 234, 158, 94, 184, 97, 118, 170, 79, 187, 152, 148, 252, 179, 5, 98, 96, 153])
        #expect(ReedSolomon(degree: 2).exponents == [0, 25, 1], "(x − α⁰)(x − α¹) = x² + α²⁵x + α¹")
    }

    @Test func reedSolomonCodewordsOfWorkedExamples() {
        // The standard's Annex I example: "01234567" as 1-M.
        #expect(ReedSolomon(degree: 10).remainder([16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17])
            == [165, 36, 212, 193, 237, 54, 199, 135, 44, 85])
        // "HELLO WORLD" as 1-M and the blocks of the tutorial's 5-Q message.
        #expect(ReedSolomon(degree: 10).remainder([32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17])
            == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
        let fiveQ = ReedSolomon(degree: 18)
        #expect(fiveQ.remainder([67, 85, 70, 134, 87, 38, 85, 194, 119, 50, 6, 18, 6, 103, 38])
            == [213, 199, 11, 45, 115, 247, 241, 223, 229, 248, 154, 117, 154, 111, 86, 161, 111, 39])
        #expect(fiveQ.remainder([246, 246, 66, 7, 118, 134, 242, 7, 38, 86, 22, 198, 199, 146, 6])
            == [87, 204, 96, 60, 202, 182, 124, 157, 200, 134, 27, 129, 209, 17, 163, 163, 120, 133])
        #expect(fiveQ.remainder([182, 230, 247, 119, 50, 7, 118, 134, 87, 38, 82, 6, 134, 151, 50, 7])
            == [148, 116, 177, 212, 76, 133, 75, 242, 238, 76, 195, 230, 189, 10, 108, 240, 192, 141])
    }

    /// Table C.1: the 15-bit format information of each level and mask, most significant bit first.
    static let formatInformation: [QRErrorCorrection: [String]] = [
        .low: ["111011111000100", "111001011110011", "111110110101010", "111100010011101",
               "110011000101111", "110001100011000", "110110001000001", "110100101110110"],
        .medium: ["101010000010010", "101000100100101", "101111001111100", "101101101001011",
                  "100010111111001", "100000011001110", "100111110010111", "100101010100000"],
        .quartile: ["011010101011111", "011000001101000", "011111100110001", "011101000000110",
                    "010010010110100", "010000110000011", "010111011011010", "010101111101101"],
        .high: ["001011010001001", "001001110111110", "001110011100111", "001100111010000",
                "000011101100010", "000001001010101", "000110100001100", "000100000111011"],
    ]

    @Test func formatInformationForEveryLevelAndMask() throws {
        var all: [Int] = []
        for level in QRErrorCorrection.allCases {
            for mask in QRMask.allCases {
                let bits = try #require(Self.formatInformation[level]?[mask.rawValue])
                let expected = try #require(Int(bits, radix: 2))
                #expect(QRInformationBits.format(level, mask) == expected, "\(level.letter)\(mask.rawValue)")
                all.append(expected)
            }
        }
        // The BCH(15,5) code keeps any two words at least 7 bits apart: 3 wrong bits still read right.
        for (i, a) in all.enumerated() {
            for b in all[(i + 1)...] { #expect((a ^ b).nonzeroBitCount >= 7) }
        }
    }

    @Test func versionInformationForVersions7To40() {
        let expected = [0x07C94, 0x085BC, 0x09A99, 0x0A4D3, 0x0BBF6, 0x0C762, 0x0D847, 0x0E60D, 0x0F928, 0x10B78,
                        0x1145D, 0x12A17, 0x13532, 0x149A6, 0x15683, 0x168C9, 0x177EC, 0x18EC4, 0x191E1, 0x1AFAB,
                        0x1B08E, 0x1CC1A, 0x1D33F, 0x1ED75, 0x1F250, 0x209D5, 0x216F0, 0x228BA, 0x2379F, 0x24B0B,
                        0x2542E, 0x26A64, 0x27541, 0x28C69]
        #expect(QRVersion.all[6...].map(QRInformationBits.version) == expected)
    }

    @Test func capacitiesOfEveryVersion() throws {
        // Codewords per version (Table 1).
        #expect(QRVersion.all.map(\.totalCodewords) == [
            26, 44, 70, 100, 134, 172, 196, 242, 292, 346, 404, 466, 532, 581, 655, 733, 815, 901, 991, 1085,
            1156, 1258, 1364, 1474, 1588, 1706, 1828, 1921, 2051, 2185, 2323, 2465, 2611, 2761, 2876, 3034, 3196, 3362, 3532, 3706,
        ])
        #expect(QRVersion.all.map { $0.codewordModules % 8 } == [0, 7, 7, 7, 7, 7, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3,
                                                                 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0],
                "remainder bits")
        // Data codewords of versions 1–10 (Table 7) ...
        let data: [QRErrorCorrection: [Int]] = [
            .low: [19, 34, 55, 80, 108, 136, 156, 194, 232, 274],
            .medium: [16, 28, 44, 64, 86, 108, 124, 154, 182, 216],
            .quartile: [13, 22, 34, 48, 62, 76, 88, 110, 132, 154],
            .high: [9, 16, 26, 36, 46, 60, 66, 86, 100, 122],
        ]
        for (level, counts) in data {
            #expect(QRVersion.all[0..<10].map { $0.dataCodewords(level) } == counts, "\(level.letter)")
        }
        // ... and bytes held in byte mode at the two ends.
        #expect(QRErrorCorrection.allCases.map { QRVersion.all[0].byteCapacity($0) } == [17, 14, 11, 7])
        #expect(QRErrorCorrection.allCases.map { QRVersion.all[39].byteCapacity($0) } == [2953, 2331, 1663, 1273])
        // 5-Q: two blocks of 15 data codewords, two of 16, 18 error correction codewords each.
        let fiveQ = QRVersion.all[4].blockLayout(.quartile)
        #expect((0..<fiveQ.blockCount).map(fiveQ.dataCount(ofBlock:)) == [15, 15, 16, 16])
        #expect(fiveQ.ecCodewordsPerBlock == 18)
    }

    @Test func alignmentPatternsAreEvenlySpacedToTheFarEdge() {
        for version in QRVersion.all.dropFirst() {
            let centers = version.alignmentCenters
            #expect(centers.first == 6 && centers.last == version.size - 7, "version \(version.number)")
            #expect(centers.count == version.number / 7 + 2)
            let steps = zip(centers.dropFirst(), centers.dropFirst(2)).map { $1 - $0 }
            #expect(Set(steps).count <= 1 && steps.allSatisfy { $0 % 2 == 0 }, "version \(version.number): \(centers)")
        }
    }

    /// Byte mode worked by hand: 0100, count 00001101, the 13 bytes shifted by four bits, terminator
    /// 0000, then one pad codeword 11101100 to make the 16 of 1-M.
    @Test func byteModeDataCodewords() {
        #expect(QRCode.dataCodewords(Array("Hello, World!".utf8), version: QRVersion.all[0], level: .medium)
            == [0x40, 0xD4, 0x86, 0x56, 0xC6, 0xC6, 0xF2, 0xC2, 0x05, 0x76, 0xF7, 0x26, 0xC6, 0x42, 0x10, 0xEC])
        // Pads alternate 11101100 00010001; a version 10 count takes 16 bits.
        #expect(QRCode.dataCodewords([0x41], version: QRVersion.all[0], level: .high) == [0x40, 0x14, 0x10, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11])
        #expect(QRCode.dataCodewords([0x41], version: QRVersion.all[9], level: .high).prefix(5) == [0x40, 0x00, 0x14, 0x10, 0xEC])
        // A full symbol has no room for the terminator and needs none.
        let full = [UInt8](repeating: 0x61, count: 17)
        #expect(QRCode.dataCodewords(full, version: QRVersion.all[0], level: .low).last == 0x10)
    }

    /// The standard's Annex I example ("01234567", 1-M; data and error correction codewords as the
    /// standard lists them) placed with mask 010, module by module. The reference was written out
    /// from an independent encoder (segno 1.6.6) and zbarimg reads it as 01234567.
    static let annexExample = [
        "#######..#.##.#######",
        "#.....#..####.#.....#",
        "#.###.#.#.....#.###.#",
        "#.###.#.##....#.###.#",
        "#.###.#.#.###.#.###.#",
        "#.....#.#...#.#.....#",
        "#######.#.#.#.#######",
        "........#..##........",
        "#.#####..#..#.#####..",
        "...#.#.##.#.#..#.##..",
        "..#...##.#.#.#..#####",
        "....#....#.....####..",
        "...######..#.#..#....",
        "........#.#####..##..",
        "#######..##.#.##.....",
        "#.....#.#.#####...#.#",
        "#.###.#.#...#..#.##..",
        "#.###.#.##..#..#.....",
        "#.###.#.#.##.#..#.#..",
        "#.....#........##.##.",
        "#######.####.#..#.#..",
    ]

    @Test func theStandardsExampleModuleByModule() {
        let data: [UInt8] = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
        #expect(QRCode.codewords(data, version: QRVersion.all[0], level: .medium).suffix(10) == [165, 36, 212, 193, 237, 54, 199, 135, 44, 85])
        let code = QRCode(dataCodewords: data, version: QRVersion.all[0], errorCorrection: .medium, mask: .pattern2)
        #expect(Self.picture(code) == Self.annexExample)
    }

    /// "Hello, World!" in byte mode as 1-M with mask 111, module by module against a reference written
    /// out by another independent encoder (python-qrcode 8.2; segno adds a whole zero codeword where
    /// the bit stream already ends on a codeword boundary, so its pads differ from the standard's).
    @Test func aByteModeSymbolModuleByModule() throws {
        let code = try QRCode(text: "Hello, World!", errorCorrection: .medium, mask: .pattern7)
        #expect(code.version.number == 1)
        #expect(Self.picture(code) == [
            "#######..###..#######",
            "#.....#...#...#.....#",
            "#.###.#..#..#.#.###.#",
            "#.###.#..#..#.#.###.#",
            "#.###.#..##.#.#.###.#",
            "#.....#.#.###.#.....#",
            "#######.#.#.#.#######",
            "..........###........",
            "#..#.##.##...#.#.....",
            "###.#...##.#.......##",
            "....####.##.#..#.##.#",
            "#..##......#..##.#.##",
            "#...###.##..#...#....",
            "........##.#####..#..",
            "#######..######.####.",
            "#.....#.####...#.....",
            "#.###.#..####..##....",
            "#.###.#.###.#########",
            "#.###.#..####...#.#.#",
            "#.....#..#.#.#.......",
            "#######.#.#...##.#.#.",
        ])
    }

    /// What every symbol must show whatever its data: finders with separators, timing patterns, the
    /// dark module, both copies of the format information, and the version information from 7 on.
    @Test func functionPatternsOfEveryVersion() throws {
        for version in QRVersion.all {
            let level = QRErrorCorrection.allCases[version.number % 4]
            let mask = QRMask.allCases[version.number % 8]
            let code = try QRCode(bytes: [UInt8](repeating: 0x5A, count: version.byteCapacity(level)), errorCorrection: level, mask: mask)
            #expect(code.version == version)
            let n = code.size
            for (top, left) in [(0, 0), (0, n - 7), (n - 7, 0)] {
                for dy in -1...7 {
                    for dx in -1...7 where (0..<n).contains(top + dy) && (0..<n).contains(left + dx) {
                        let ring = max(abs(dy - 3), abs(dx - 3))
                        #expect(code[top + dy, left + dx] == (ring != 2 && ring != 4), "version \(version.number) finder at \(top),\(left)")
                    }
                }
            }
            #expect((8..<(n - 8)).allSatisfy { code[6, $0] == ($0 % 2 == 0) && code[$0, 6] == ($0 % 2 == 0) })
            #expect(code[n - 8, 8])
            let format = QRInformationBits.format(level, mask)
            for (bit, (first, second)) in QRMatrix.formatPositions(size: n).enumerated() {
                #expect(code[first.0, first.1] == (format >> bit & 1 == 1))
                #expect(code[second.0, second.1] == (format >> bit & 1 == 1))
            }
            if version.number >= 7 {
                let bits = QRInformationBits.version(version)
                for bit in 0..<18 {
                    #expect(code[bit / 3, n - 11 + bit % 3] == (bits >> bit & 1 == 1))
                    #expect(code[n - 11 + bit % 3, bit / 3] == (bits >> bit & 1 == 1))
                }
            }
        }
    }

    @Test func penaltyRules() {
        // N1: a run of 5 scores 3, each module more 1.
        #expect(QRPenalty.runs([true, true, true, true, false]) == 0)
        #expect(QRPenalty.runs([true, true, true, true, true, false]) == 3)
        #expect(QRPenalty.runs([Bool](repeating: false, count: 21)) == 19)
        #expect(QRPenalty.runs([true, true, true, true, true, true, true, false, false, false, false, false]) == 5 + 3)
        // N3: 1:1:3:1:1 with four light modules on one side (40) or both (80).
        let core: [Bool] = [true, false, true, true, true, false, true]
        let light = [Bool](repeating: false, count: 4)
        #expect(QRPenalty.finderLike(light + core) == 40)
        #expect(QRPenalty.finderLike(core + light) == 40)
        #expect(QRPenalty.finderLike(light + core + light) == 80)
        #expect(QRPenalty.finderLike([false, false, false] + core + [false, false, false]) == 0)
        // The mask chosen scores lowest of the eight (ties to the lower number).
        let data = QRCode.dataCodewords(Array("https://aisana.example.kz/verify/#SZ29ZYWN6SJGX7A48".utf8), version: QRVersion.all[4], level: .quartile)
        let chosen = QRCode(dataCodewords: data, version: QRVersion.all[4], errorCorrection: .quartile, mask: nil)
        let scores = QRMask.allCases.map {
            QRPenalty.score(QRCode(dataCodewords: data, version: QRVersion.all[4], errorCorrection: .quartile, mask: $0).matrix)
        }
        #expect(scores.firstIndex(of: scores.min()!) == chosen.mask.rawValue)
    }

    @Test func tooMuchDataIsRefused() throws {
        #expect(throws: QRCodeTooLong(bytes: 1664, level: "Q", capacity: 1663)) {
            try QRCode(bytes: [UInt8](repeating: 0, count: 1664), errorCorrection: .quartile)
        }
        #expect(try QRCode(bytes: [UInt8](repeating: 0, count: 1663), errorCorrection: .quartile).version.number == 40)
        #expect(try QRCode(text: "https://aisana.example.kz/verify/#SZ29ZYWN6SJGX7A48").version.number == 5, "51 bytes at Q: version 5")
    }

    static func picture(_ code: QRCode) -> [String] {
        (0..<code.size).map { row in String((0..<code.size).map { code[row, $0] ? "#" : "." }) }
    }
}
