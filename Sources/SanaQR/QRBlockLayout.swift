/// How one version and level split their data codewords into Reed–Solomon blocks (ISO/IEC 18004
/// Table 9): every block has the same number of error correction codewords; the blocks of the second
/// group carry one data codeword more than those of the first.
struct QRBlockLayout: Sendable, Equatable {
    let blockCount: Int
    let ecCodewordsPerBlock: Int
    let totalCodewords: Int

    /// Data codewords in a block of the first (shorter) group.
    var shortBlockDataCount: Int { totalCodewords / blockCount - ecCodewordsPerBlock }

    /// Blocks in the first group; the rest carry one data codeword more.
    var shortBlockCount: Int { blockCount - totalCodewords % blockCount }

    var dataCodewords: Int { totalCodewords - blockCount * ecCodewordsPerBlock }

    /// The number of data codewords of block `index` (0-based, first group first).
    func dataCount(ofBlock index: Int) -> Int {
        shortBlockDataCount + (index < shortBlockCount ? 0 : 1)
    }
}
