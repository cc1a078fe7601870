/// The penalty a masked symbol scores (ISO/IEC 18004 §7.8.3): the encoder keeps the mask with the
/// lowest total, so that no stretch of the data imitates a finder pattern or leaves a reader without
/// edges to follow.
enum QRPenalty {
    /// N1 + N2 + N3 + N4 over the whole symbol.
    static func score(_ matrix: QRMatrix) -> Int {
        let lines = rowsAndColumns(matrix)
        return lines.reduce(0) { $0 + runs($1) + finderLike($1) } + blocks(matrix) + balance(matrix)
    }

    static func rowsAndColumns(_ matrix: QRMatrix) -> [[Bool]] {
        let indices = 0..<matrix.size
        return indices.map { row in indices.map { matrix[row, $0] } } + indices.map { column in indices.map { matrix[$0, column] } }
    }

    /// N1: each run of 5 or more modules of one colour in a row or column scores 3, plus 1 for each
    /// module past the fifth.
    static func runs(_ line: [Bool]) -> Int {
        var score = 0
        var length = 0
        for (index, module) in line.enumerated() {
            length = index > 0 && module == line[index - 1] ? length + 1 : 1
            let endsHere = index == line.count - 1 || line[index + 1] != module
            if endsHere && length >= 5 { score += 3 + (length - 5) }
        }
        return score
    }

    /// N2: each 2 × 2 square of one colour scores 3 (an m × n block counts as its (m−1)(n−1) squares).
    static func blocks(_ matrix: QRMatrix) -> Int {
        var score = 0
        for row in 0..<(matrix.size - 1) {
            for column in 0..<(matrix.size - 1) {
                let module = matrix[row, column]
                if matrix[row, column + 1] == module && matrix[row + 1, column] == module && matrix[row + 1, column + 1] == module {
                    score += 3
                }
            }
        }
        return score
    }

    /// N3: each dark-light-dark-dark-dark-light-dark (1:1:3:1:1) stretch with four light modules
    /// before or after it, inside the symbol, scores 40 (once for each side that has them).
    static func finderLike(_ line: [Bool]) -> Int {
        let core: [Bool] = [true, false, true, true, true, false, true]
        let light = [Bool](repeating: false, count: 4)
        let before = light + core, after = core + light
        var score = 0
        guard line.count >= 11 else { return 0 }
        for start in 0...(line.count - 11) {
            let window = Array(line[start..<(start + 11)])
            if window == before { score += 40 }
            if window == after { score += 40 }
        }
        return score
    }

    /// N4: 10 for every full 5 % by which the share of dark modules departs from 50 %.
    static func balance(_ matrix: QRMatrix) -> Int {
        let total = matrix.size * matrix.size
        let darkCount = matrix.dark.reduce(0) { $0 + ($1 ? 1 : 0) }
        return 10 * (abs(darkCount * 100 - total * 50) / (total * 5))
    }
}
