/// Generated mutations of seed inputs, libFuzzer's and AFL's "havoc" stage without coverage
/// feedback: bit and byte flips, inserts, deletes, duplications, splices with another seed,
/// truncations, the format's own tokens, and the characters parsers trip on (quotes, delimiters,
/// byte-order marks, CR, LF, NUL, broken UTF-8, invisible letters), alone or as huge runs.
package struct Mutator: Sendable {
    /// Tokens of the format (`::`, `{`, `->` for GIFT; `: `, `- `, `&a` for YAML ...).
    package var dictionary: [[UInt8]]
    /// No mutated input grows past this many bytes.
    package var maxLength: Int
    /// The most mutations stacked on one input.
    package var maxStack: Int

    package init(dictionary: [String] = [], maxLength: Int = 256 * 1024, maxStack: Int = 8) {
        self.dictionary = dictionary.map { Array($0.utf8) }
        self.maxLength = maxLength
        self.maxStack = maxStack
    }

    /// Bytes every text parser here must survive.
    package static let specials: [[UInt8]] = [
        [0x22], [0x27], [0x2C], [0x3B], [0x09], [0x0D], [0x0A], [0x0D, 0x0A], [0x00], [0x20], [0x5C],
        [0xEF, 0xBB, 0xBF],              // UTF-8 byte-order mark
        [0xFF, 0xFE], [0xFE, 0xFF],      // UTF-16 byte-order marks
        [0xC3], [0x80], [0xFF],          // a lead byte alone, a continuation alone, never UTF-8
        [0xED, 0xA0, 0x80],              // an encoded surrogate
        [0xF4, 0x90, 0x80, 0x80],        // past U+10FFFF
        [0xC0, 0xAF],                    // overlong '/'
        [0xE2, 0x80, 0x8B],              // zero-width space
        [0xE2, 0x80, 0xAE],              // right-to-left override
        [0xCC, 0x81],                    // combining acute accent
        [0xD2, 0x9B], [0xD3, 0x99],      // Kazakh қ and ә
        [0xF0, 0x9F, 0x98, 0x80],        // an emoji (four bytes)
        Array("sep=;\n".utf8), Array("=HYPERLINK(".utf8), Array("'=".utf8),
    ]

    /// Numbers that overflow, underflow or sit on a boundary, for `replaceNumber`.
    package static let numbers = [
        "0", "-0", "-1", "1", "255", "256", "65535", "2147483647", "2147483648", "-2147483649",
        "4294967296", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "99999999999999999999999", "1e308", "1e309", "-1e308", "4.9e-324", "0.1", "1.5", "NaN", "inf", "0x10",
        "100", "101", "-100", "-101", "100.0000001", "31", "32", "13", "60",
    ]

    /// `input` with 1...maxStack mutations applied; `others` are spliced from.
    package func mutate(_ input: [UInt8], others: [[UInt8]], rng: inout FuzzRandom) -> [UInt8] {
        var bytes = input
        let count = rng.skewedLength(maxStack)
        for _ in 0..<count {
            apply(rng.below(14), to: &bytes, others: others, rng: &rng)
            if bytes.count > maxLength { bytes.removeLast(bytes.count - maxLength) }
        }
        return bytes
    }

    private func token(_ rng: inout FuzzRandom) -> [UInt8] {
        if !dictionary.isEmpty && rng.below(3) > 0 { return rng.pick(dictionary) }
        return rng.pick(Mutator.specials)
    }

    private func apply(_ chosen: Int, to bytes: inout [UInt8], others: [[UInt8]], rng: inout FuzzRandom) {
        let position = rng.below(bytes.count + 1)
        let kind = bytes.isEmpty && chosen < 2 ? 7 : chosen
        switch kind {
        case 0:  // flip a bit
            let index = rng.below(bytes.count)
            bytes[index] ^= UInt8(1) << UInt8(rng.below(8))
        case 1:  // set a byte: random or interesting
            let interesting: [UInt8] = [0, 0x7F, 0x80, 0xFF, 0x20, 0x22, 0x0A, 0x0D, 0xC0, 0xE0, 0xEF, 0xF0, 0x2E, 0x7B, 0x7D]
            bytes[rng.below(bytes.count)] = rng.oneIn(2) ? rng.pick(interesting) : UInt8(truncatingIfNeeded: rng.next())
        case 2:  // insert random bytes
            bytes.insert(contentsOf: (0..<rng.skewedLength(16)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }, at: position)
        case 3:  // delete a range
            guard !bytes.isEmpty else { return }
            let start = rng.below(bytes.count)
            bytes.removeSubrange(start..<min(bytes.count, start + rng.skewedLength(bytes.count - start)))
        case 4:  // duplicate a range elsewhere
            guard !bytes.isEmpty else { return }
            let start = rng.below(bytes.count)
            let chunk = Array(bytes[start..<min(bytes.count, start + rng.skewedLength(bytes.count - start))])
            bytes.insert(contentsOf: chunk, at: rng.below(bytes.count + 1))
        case 5:  // splice: this input's head and another's tail, or a chunk of another inserted
            guard let other = others.isEmpty ? nil : rng.pick(others), !other.isEmpty else { return }
            let start = rng.below(other.count)
            if rng.oneIn(2) {
                bytes = Array(bytes[..<position]) + other[start...]
            } else {
                bytes.insert(contentsOf: other[start..<min(other.count, start + rng.skewedLength(other.count - start))], at: position)
            }
        case 6:  // truncate
            bytes.removeSubrange(position...)
        case 7, 8:  // a token or a special character
            bytes.insert(contentsOf: token(&rng), at: position)
        case 9:  // a huge run of one token
            let unit = token(&rng)
            let total = min(maxLength - bytes.count, 1024 << rng.below(7))
            guard total > unit.count else { return }
            var run: [UInt8] = []
            run.reserveCapacity(total)
            while run.count + unit.count <= total { run += unit }
            bytes.insert(contentsOf: run, at: position)
        case 10:  // replace a number with a boundary value
            replaceNumber(in: &bytes, rng: &rng)
        case 11:  // lines: drop, repeat or swap one
            mutateLines(&bytes, rng: &rng)
        case 12:  // overwrite with a token (keeps the length roughly)
            let unit = token(&rng)
            guard bytes.count >= unit.count else { return }
            let start = rng.below(bytes.count - unit.count + 1)
            bytes.replaceSubrange(start..<(start + unit.count), with: unit)
        default:  // change a letter's case, or turn a digit into a letter
            guard !bytes.isEmpty else { return }
            let index = rng.below(bytes.count)
            let byte = bytes[index]
            if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { bytes[index] = byte ^ 0x20 } else if (0x30...0x39).contains(byte) { bytes[index] = 0x78 }
        }
    }

    /// Replaces one run of digits (each run as likely, however long) with a boundary number.
    private func replaceNumber(in bytes: inout [UInt8], rng: inout FuzzRandom) {
        func isDigit(_ index: Int) -> Bool { (0x30...0x39).contains(bytes[index]) }
        let starts = bytes.indices.filter { isDigit($0) && ($0 == 0 || !isDigit($0 - 1)) }
        guard !starts.isEmpty else { return }
        var start = rng.pick(starts)
        if start > 0, bytes[start - 1] == 0x2D { start -= 1 }
        var end = start + 1
        while end < bytes.count, isDigit(end) || bytes[end] == 0x2E { end += 1 }
        bytes.replaceSubrange(start..<end, with: Array(rng.pick(Mutator.numbers).utf8))
    }

    private func mutateLines(_ bytes: inout [UInt8], rng: inout FuzzRandom) {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard lines.count > 1 else { return }
        let index = rng.below(lines.count)
        switch rng.below(3) {
        case 0: lines.remove(at: index)
        case 1: lines.insert(lines[index], at: rng.below(lines.count + 1))
        default: lines.swapAt(index, rng.below(lines.count))
        }
        bytes = Array(lines.joined(separator: [0x0A]))
    }
}
