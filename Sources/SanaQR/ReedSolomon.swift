/// Reed–Solomon error correction codewords for one QR block (ISO/IEC 18004 §7.5.2, Annex A): the
/// remainder of the data polynomial times xⁿ divided by the generator (x − α⁰)(x − α¹)…(x − αⁿ⁻¹).
struct ReedSolomon: Sendable {
    /// The generator's coefficients from xⁿ⁻¹ down to x⁰ (the leading 1 of xⁿ is left out).
    let generator: [UInt8]

    init(degree: Int) {
        precondition(degree > 0 && degree < 255)
        // Multiply out the factors one at a time, coefficients from the highest power down; in
        // GF(2⁸) subtraction is addition, so each factor is (x + αⁱ).
        var product: [UInt8] = [1]
        var root: UInt8 = 1
        for _ in 0..<degree {
            var next = product + [0]
            for (index, coefficient) in product.enumerated() {
                next[index + 1] ^= GF256.multiply(coefficient, root)
            }
            product = next
            root = GF256.multiply(root, 2)
        }
        generator = Array(product.dropFirst())
    }

    /// The generator's coefficients as powers of α, highest power first with its leading α⁰: the
    /// form the standard's Annex A and tutorials print.
    var exponents: [Int] {
        [0] + generator.map { GF256.log[Int($0)] }
    }

    /// The error correction codewords of `data`.
    func remainder(_ data: [UInt8]) -> [UInt8] {
        var remainder = [UInt8](repeating: 0, count: generator.count)
        for byte in data {
            let factor = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            if factor == 0 { continue }
            for index in remainder.indices {
                remainder[index] ^= GF256.multiply(generator[index], factor)
            }
        }
        return remainder
    }
}
