/// More bytes than the largest QR code (version 40) holds at the level asked for.
package struct QRCodeTooLong: Error, Equatable, Sendable, CustomStringConvertible {
    package let bytes: Int
    package let level: String
    package let capacity: Int

    package var description: String {
        "a QR code at error correction level \(level) holds at most \(capacity) bytes, not \(bytes)"
    }
}

/// A QR code (ISO/IEC 18004, Model 2) holding bytes in one byte-mode segment: the smallest of
/// versions 1–40 that holds them at the chosen error correction level, Reed–Solomon blocks over
/// GF(256), and the mask with the lowest penalty. Readers take the bytes of a URL as they are.
package struct QRCode: Sendable, Equatable {
    package let version: QRVersion
    package let errorCorrection: QRErrorCorrection
    package let mask: QRMask
    let matrix: QRMatrix

    /// Modules on a side, without the quiet zone.
    package var size: Int { matrix.size }

    /// Encodes `text` as UTF-8.
    package init(text: String, errorCorrection: QRErrorCorrection = .quartile, mask: QRMask? = nil) throws {
        try self.init(bytes: Array(text.utf8), errorCorrection: errorCorrection, mask: mask)
    }

    /// Encodes `bytes` in the smallest version that holds them; `mask` forces a mask pattern
    /// (otherwise the one with the lowest penalty is chosen).
    package init(bytes: [UInt8], errorCorrection: QRErrorCorrection = .quartile, mask: QRMask? = nil) throws {
        guard let version = QRVersion.all.first(where: { $0.byteCapacity(errorCorrection) >= bytes.count }) else {
            throw QRCodeTooLong(bytes: bytes.count, level: errorCorrection.letter, capacity: QRVersion.all[39].byteCapacity(errorCorrection))
        }
        self.init(dataCodewords: Self.dataCodewords(bytes, version: version, level: errorCorrection), version: version, errorCorrection: errorCorrection, mask: mask)
    }

    /// The symbol for data codewords already made (mode, count, data, terminator and padding).
    init(dataCodewords: [UInt8], version: QRVersion, errorCorrection: QRErrorCorrection, mask: QRMask?) {
        precondition(dataCodewords.count == version.dataCodewords(errorCorrection))
        var base = QRMatrix(version: version)
        base.place(Self.codewords(dataCodewords, version: version, level: errorCorrection))
        let candidates = (mask.map { [$0] } ?? QRMask.allCases).map { ($0, base.masked($0, level: errorCorrection)) }
        // The lowest penalty wins; on a tie the lower pattern number (min keeps the first).
        let chosen = candidates.count == 1 ? candidates[0] : candidates.min { QRPenalty.score($0.1) < QRPenalty.score($1.1) }!
        self.version = version
        self.errorCorrection = errorCorrection
        self.mask = chosen.0
        matrix = chosen.1
    }

    /// True for a dark module; anything outside the symbol is the light quiet zone.
    package subscript(row: Int, column: Int) -> Bool {
        guard (0..<size).contains(row) && (0..<size).contains(column) else { return false }
        return matrix[row, column]
    }

    /// The data codewords of one byte-mode segment (§7.4): mode 0100, the byte count (8 bits up to
    /// version 9, 16 after), the bytes, up to four 0 bits of terminator, 0 bits to a byte boundary,
    /// then 11101100 and 00010001 in turn to fill the version's data capacity.
    static func dataCodewords(_ bytes: [UInt8], version: QRVersion, level: QRErrorCorrection) -> [UInt8] {
        let capacity = version.dataCodewords(level)
        var bits = QRBitBuffer()
        bits.append(0b0100, width: 4)
        bits.append(bytes.count, width: version.byteCountBits)
        for byte in bytes { bits.append(Int(byte), width: 8) }
        precondition(bits.count <= capacity * 8)
        bits.append(0, width: min(4, capacity * 8 - bits.count))
        bits.append(0, width: (8 - bits.count % 8) % 8)
        var codewords = bits.bytes
        var pad: UInt8 = 0xEC
        while codewords.count < capacity {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// The final sequence (§7.6): data split into blocks, each block's error correction codewords
    /// computed, then the data codewords interleaved column by column across the blocks, then the
    /// error correction codewords likewise.
    static func codewords(_ data: [UInt8], version: QRVersion, level: QRErrorCorrection) -> [UInt8] {
        let layout = version.blockLayout(level)
        let encoder = ReedSolomon(degree: layout.ecCodewordsPerBlock)
        var blocks: [[UInt8]] = []
        var offset = 0
        for index in 0..<layout.blockCount {
            let count = layout.dataCount(ofBlock: index)
            blocks.append(Array(data[offset..<(offset + count)]))
            offset += count
        }
        let corrections = blocks.map(encoder.remainder)
        var result: [UInt8] = []
        result.reserveCapacity(layout.totalCodewords)
        for column in 0..<(layout.shortBlockDataCount + 1) {
            for block in blocks where column < block.count { result.append(block[column]) }
        }
        for column in 0..<layout.ecCodewordsPerBlock {
            for correction in corrections { result.append(correction[column]) }
        }
        return result
    }
}
