import SanaCrypto
/// The short code printed on a certificate for people to type: 80 random bits as 16 characters of
/// Crockford's base32 (no I, L, O or U), then one check character (Luhn mod 32, which catches every
/// single mistyped character and every swap of two neighbours), grouped `XXXX-XXXX-XXXX-XXXX-C`.
package enum HumanCode {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

    /// A new code from 10 random bytes.
    package static func generate() throws -> String {
        make(from: try SecureRandom.bytes(10))
    }

    /// The code for these 10 bytes (exposed for tests).
    package static func make(from random: [UInt8]) -> String {
        precondition(random.count == 10)
        var values: [Int] = []
        values.reserveCapacity(17)
        var accumulator = 0
        var bits = 0
        for byte in random {
            accumulator = accumulator << 8 | Int(byte)
            bits += 8
            while bits >= 5 {
                bits -= 5
                values.append(accumulator >> bits & 31)
            }
            accumulator &= (1 << bits) - 1
        }
        values.append(checkValue(values))
        return format(values)
    }

    /// The canonical form of a typed code (case, spaces and hyphens ignored; O read as 0, I and L as 1),
    /// or nil when it is not 17 characters of the alphabet with a matching check character.
    package static func normalize(_ typed: String) -> String? {
        var values: [Int] = []
        for char in typed.uppercased().utf8 {
            switch char {
            case 45, 32: continue
            case 79: values.append(0)
            case 73, 76: values.append(1)
            default:
                guard let value = alphabet.firstIndex(of: char) else { return nil }
                values.append(value)
            }
        }
        guard values.count == 17, checkValue(Array(values.prefix(16))) == values[16] else { return nil }
        return format(values)
    }

    /// A normalized code without its hyphens: what a holder code is hashed as (a verifier's page
    /// only upper-cases what was typed and drops spaces and hyphens).
    package static func compact(_ normalized: String) -> String {
        normalized.replacingOccurrences(of: "-", with: "")
    }

    /// True when the text looks like a code rather than a `urn:uuid:` id.
    package static func looksLikeCode(_ text: String) -> Bool {
        !text.hasPrefix("urn:")
    }

    /// Luhn mod N (N = 32): doubling every second value from the right, folding back into 0..<32.
    static func checkValue(_ values: [Int]) -> Int {
        var sum = 0
        var double = true
        for value in values.reversed() {
            var addend = double ? value * 2 : value
            addend = addend / 32 + addend % 32
            sum += addend
            double.toggle()
        }
        return (32 - sum % 32) % 32
    }

    private static func format(_ values: [Int]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(values.count + values.count / 4)
        for (index, value) in values.enumerated() {
            if index > 0 && index % 4 == 0 { out.append(45) }
            out.append(alphabet[value])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
