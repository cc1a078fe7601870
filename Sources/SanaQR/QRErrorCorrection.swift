/// A QR code's error correction level (ISO/IEC 18004 §7.5.1): about 7, 15, 25 or 30 % of the codewords
/// can be restored. A printed certificate uses Q, so a crease, a stamp or a signature across the code
/// still leaves it readable.
package enum QRErrorCorrection: Int, Sendable, CaseIterable, Comparable {
    case low, medium, quartile, high

    /// The two bits that name the level in the format information: L 01, M 00, Q 11, H 10.
    var formatBits: Int {
        switch self {
        case .low: 1
        case .medium: 0
        case .quartile: 3
        case .high: 2
        }
    }

    /// The level's letter as the standard writes it.
    package var letter: String {
        switch self {
        case .low: "L"
        case .medium: "M"
        case .quartile: "Q"
        case .high: "H"
        }
    }

    package static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
