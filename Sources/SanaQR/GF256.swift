/// Arithmetic in GF(256) as QR codes use it (ISO/IEC 18004 §7.5.2): bytes are polynomials over GF(2)
/// reduced modulo x⁸ + x⁴ + x³ + x² + 1 (0x11D), and α = 2 generates every non-zero element.
enum GF256 {
    /// αⁱ for i in 0..<510, so a product's exponent needs no reduction modulo 255.
    static let exp: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 510)
        var value = 1
        for index in 0..<255 {
            table[index] = UInt8(value)
            table[index + 255] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        return table
    }()

    /// log_α of each non-zero byte (the entry for 0 is unused).
    static let log: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for index in 0..<255 { table[Int(exp[index])] = index }
        return table
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        return exp[log[Int(a)] + log[Int(b)]]
    }
}
