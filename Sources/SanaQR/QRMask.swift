/// The eight data mask patterns (ISO/IEC 18004 §7.8.2, Table 10): a data module is inverted where its
/// pattern's condition holds, with i the row and j the column, both from the top-left corner.
package enum QRMask: Int, Sendable, CaseIterable {
    case pattern0, pattern1, pattern2, pattern3, pattern4, pattern5, pattern6, pattern7

    func inverts(row i: Int, column j: Int) -> Bool {
        switch self {
        case .pattern0: (i + j) % 2 == 0
        case .pattern1: i % 2 == 0
        case .pattern2: j % 3 == 0
        case .pattern3: (i + j) % 3 == 0
        case .pattern4: (i / 2 + j / 3) % 2 == 0
        case .pattern5: (i * j) % 2 + (i * j) % 3 == 0
        case .pattern6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
        case .pattern7: ((i + j) % 2 + (i * j) % 3) % 2 == 0
        }
    }
}
