/// The BCH-protected words that tell a reader how to read the symbol (ISO/IEC 18004 §7.9, §7.10).
enum QRInformationBits {
    /// Format information: the level's 2 bits and the mask's 3, then the remainder of a (15,5) BCH
    /// code with generator x¹⁰ + x⁸ + x⁵ + x⁴ + x² + x + 1 (0x537), all XORed with 101010000010010
    /// (0x5412) so that no combination is all light. Bit 14 is the most significant.
    static func format(_ level: QRErrorCorrection, _ mask: QRMask) -> Int {
        let data = level.formatBits << 3 | mask.rawValue
        return (data << 10 | remainder(data << 10, generator: 0x537, degree: 10)) ^ 0x5412
    }

    /// Version information, from version 7: the version's 6 bits then the remainder of an (18,6)
    /// Golay code with generator x¹² + x¹¹ + x¹⁰ + x⁹ + x⁸ + x⁵ + x² + 1 (0x1F25). Bit 17 is the most
    /// significant.
    static func version(_ version: QRVersion) -> Int {
        let data = version.number
        return data << 12 | remainder(data << 12, generator: 0x1F25, degree: 12)
    }

    /// The remainder of `value` divided by `generator` as polynomials over GF(2).
    private static func remainder(_ value: Int, generator: Int, degree: Int) -> Int {
        var value = value
        var bit = Int.bitWidth - 1 - value.leadingZeroBitCount
        while bit >= degree {
            if value >> bit & 1 == 1 { value ^= generator << (bit - degree) }
            bit -= 1
        }
        return value
    }
}
