/// Turns a stream of bytes in one `TextEncoding` into UTF-8, chunk by chunk, keeping the state
/// (an odd byte, half a surrogate pair) that straddles chunk boundaries.
struct UTF8Transcoder {
    let encoding: TextEncoding
    private var pending: [UInt8] = []
    private var highSurrogate: UInt32?
    /// For a single-byte code page: the UTF-8 form of bytes 0x80...0xFF, packed (bytes in the low
    /// 24 bits, their count in the high 8).
    private let upperHalf: [UInt32]

    init(encoding: TextEncoding) {
        self.encoding = encoding
        let table: [UInt16]
        switch encoding {
        case .cp1251: table = CodePageTable.cp1251
        case .kz1048: table = CodePageTable.kz1048
        default: table = []
        }
        upperHalf = table.map { scalar in
            var bytes: [UInt8] = []
            UTF8Transcoder.appendScalar(UInt32(scalar), to: &bytes)
            return bytes.enumerated().reduce(UInt32(bytes.count) << 24) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
        }
    }

    /// Appends the UTF-8 form of `input` to `output`. UTF-8 passes through untouched
    /// (the CSV reader checks it field by field).
    mutating func transcode(_ input: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        switch encoding {
        case .utf8:
            output.append(contentsOf: input)
        case .cp1251, .kz1048:
            singleByte(input, into: &output)
        case .utf16LE, .utf16BE:
            utf16(input, littleEndian: encoding == .utf16LE, into: &output)
        }
    }

    /// Flushes what is left at the end of the file (a lone byte or surrogate becomes U+FFFD).
    mutating func finish(into output: inout [UInt8]) {
        if !pending.isEmpty || highSurrogate != nil {
            appendScalar(0xFFFD, to: &output)
            pending.removeAll()
            highSurrogate = nil
        }
    }

    private func singleByte(_ input: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        // Every byte becomes at most 3: convert into a buffer of that size, then append it once.
        let converted = [UInt8](unsafeUninitializedCapacity: input.count * 3) { buffer, count in
            var out = 0
            upperHalf.withUnsafeBufferPointer { upperHalf in
                for byte in input {
                    if byte < 0x80 {
                        buffer[out] = byte
                        out += 1
                        continue
                    }
                    let encoded = upperHalf[Int(byte) - 0x80]
                    buffer[out] = UInt8(truncatingIfNeeded: encoded)
                    buffer[out + 1] = UInt8(truncatingIfNeeded: encoded >> 8)
                    if encoded >> 24 == 3 { buffer[out + 2] = UInt8(truncatingIfNeeded: encoded >> 16) }
                    out += Int(encoded >> 24)
                }
            }
            count = out
        }
        output.append(contentsOf: converted)
    }

    private mutating func utf16(_ input: UnsafeRawBufferPointer, littleEndian: Bool, into output: inout [UInt8]) {
        var highSurrogate = self.highSurrogate
        var carried = pending.first  // an odd byte left by the last chunk
        // A unit gives at most 3 bytes on average (a surrogate pair 4, a broken one 3 + 3 after a
        // unit that gave none): convert into a buffer of that size, then append it once.
        let units = (pending.count + input.count) / 2
        let converted = [UInt8](unsafeUninitializedCapacity: (units + 2) * 3) { buffer, count in
            var out = 0
            func put(_ scalar: UInt32) {
                switch scalar {
                case 0..<0x80:
                    buffer[out] = UInt8(scalar)
                    out += 1
                case 0x80..<0x800:
                    buffer[out] = UInt8(0xC0 | scalar >> 6)
                    buffer[out + 1] = UInt8(0x80 | scalar & 0x3F)
                    out += 2
                case 0x800..<0x10000:
                    buffer[out] = UInt8(0xE0 | scalar >> 12)
                    buffer[out + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
                    buffer[out + 2] = UInt8(0x80 | scalar & 0x3F)
                    out += 3
                default:
                    buffer[out] = UInt8(0xF0 | scalar >> 18)
                    buffer[out + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
                    buffer[out + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
                    buffer[out + 3] = UInt8(0x80 | scalar & 0x3F)
                    out += 4
                }
            }
            func take(_ first: UInt8, _ second: UInt8) {
                let unit = littleEndian ? UInt32(first) | UInt32(second) << 8 : UInt32(first) << 8 | UInt32(second)
                if let high = highSurrogate {
                    highSurrogate = nil
                    if (0xDC00...0xDFFF).contains(unit) {
                        put(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00))
                        return
                    }
                    put(0xFFFD)
                }
                if (0xD800...0xDBFF).contains(unit) {
                    highSurrogate = unit
                } else if (0xDC00...0xDFFF).contains(unit) {
                    put(0xFFFD)
                } else {
                    put(unit)
                }
            }
            var i = 0
            if let first = carried, input.count > 0 {
                take(first, input[0])
                carried = nil
                i = 1
            }
            while i + 1 < input.count {
                take(input[i], input[i + 1])
                i += 2
            }
            if i < input.count { carried = input[i] }
            count = out
        }
        pending = carried.map { [$0] } ?? []
        self.highSurrogate = highSurrogate
        output.append(contentsOf: converted)
    }

    private func appendScalar(_ scalar: UInt32, to output: inout [UInt8]) {
        UTF8Transcoder.appendScalar(scalar, to: &output)
    }

    private static func appendScalar(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
