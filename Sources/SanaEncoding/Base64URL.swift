/// Base64 (RFC 4648): the URL-safe alphabet without padding (JOSE), and the standard one for PEM.
package enum Base64URL {
    private static let urlAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    private static let standardAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let urlDecoding: [UInt8] = {
        var table = [UInt8](repeating: 0xff, count: 256)
        for (index, char) in urlAlphabet.enumerated() { table[Int(char)] = UInt8(index) }
        return table
    }()

    /// URL-safe, no padding.
    package static func encode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        String(decoding: encodeBytes(bytes, alphabet: urlAlphabet, pad: false), as: UTF8.self)
    }

    /// URL-safe, no padding, as UTF-8 bytes.
    package static func encodeBytes<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        var out: [UInt8] = []
        let done = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
            append(UnsafeRawBufferPointer(buffer), to: &out)
            return true
        }
        return done == true ? out : encodeBytes(bytes, alphabet: urlAlphabet, pad: false)
    }

    /// Appends the URL-safe, unpadded encoding of `input` to `out` (the hot path of issuing:
    /// a payload of ~2.4 KB per certificate).
    package static func append(_ input: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        let count = input.count
        let encodedCount = count / 3 * 4 + (count % 3 == 0 ? 0 : count % 3 + 1)
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: encodedCount))
        urlPairs.withUnsafeBufferPointer { pairs in
            out.withUnsafeMutableBytes { dest in
                var i = 0
                var o = start
                while i + 3 <= count {
                    let value = Int(input[i]) << 16 | Int(input[i + 1]) << 8 | Int(input[i + 2])
                    dest.storeBytes(of: pairs[value >> 12], toByteOffset: o, as: UInt16.self)
                    dest.storeBytes(of: pairs[value & 0xfff], toByteOffset: o + 2, as: UInt16.self)
                    i += 3
                    o += 4
                }
                let table = urlAlphabet
                if count - i == 1 {
                    let value = Int(input[i]) << 16
                    dest[o] = table[value >> 18 & 63]
                    dest[o + 1] = table[value >> 12 & 63]
                } else if count - i == 2 {
                    let value = Int(input[i]) << 16 | Int(input[i + 1]) << 8
                    dest[o] = table[value >> 18 & 63]
                    dest[o + 1] = table[value >> 12 & 63]
                    dest[o + 2] = table[value >> 6 & 63]
                }
            }
        }
    }

    /// Every 12-bit value's two characters, in memory order (the first in the low byte on a
    /// little-endian machine), so that `append` looks up half as often.
    private static let urlPairs: [UInt16] = (0..<4096).map { value in
        let first = UInt16(urlAlphabet[value >> 6]), second = UInt16(urlAlphabet[value & 63])
        return (1 as UInt16).littleEndian == 1 ? first | second << 8 : first << 8 | second
    }

    /// Standard alphabet with padding, wrapped at 64 columns (PEM).
    package static func standard(_ bytes: [UInt8]) -> String {
        let flat = encodeBytes(bytes, alphabet: standardAlphabet, pad: true)
        var lines: [String] = []
        var start = 0
        while start < flat.count {
            let end = min(start + 64, flat.count)
            lines.append(String(decoding: flat[start..<end], as: UTF8.self))
            start = end
        }
        return lines.joined(separator: "\n")
    }

    private static func encodeBytes<Bytes: Collection<UInt8>>(_ bytes: Bytes, alphabet: [UInt8], pad: Bool) -> [UInt8] {
        let input = Array(bytes)
        var out: [UInt8] = []
        out.reserveCapacity((input.count + 2) / 3 * 4)
        var index = 0
        while index + 3 <= input.count {
            let value = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8 | UInt32(input[index + 2])
            out.append(alphabet[Int(value >> 18 & 63)])
            out.append(alphabet[Int(value >> 12 & 63)])
            out.append(alphabet[Int(value >> 6 & 63)])
            out.append(alphabet[Int(value & 63)])
            index += 3
        }
        let rest = input.count - index
        if rest == 1 {
            let value = UInt32(input[index]) << 16
            out.append(alphabet[Int(value >> 18 & 63)])
            out.append(alphabet[Int(value >> 12 & 63)])
            if pad { out += [61, 61] }
        } else if rest == 2 {
            let value = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8
            out.append(alphabet[Int(value >> 18 & 63)])
            out.append(alphabet[Int(value >> 12 & 63)])
            out.append(alphabet[Int(value >> 6 & 63)])
            if pad { out.append(61) }
        }
        return out
    }

    /// Decodes URL-safe base64 without padding; nil on any other character, on padding, or on
    /// non-zero trailing bits (so each byte string has exactly one encoding).
    package static func decode<Text: Collection<UInt8>>(_ text: Text) -> [UInt8]? {
        // A generic loop called from another module runs unspecialized (twice as slow a `cert
        // verify`, measured): decode contiguous bytes through the concrete function below.
        if let decoded = text.withContiguousStorageIfAvailable({ decode(buffer: $0) }) { return decoded }
        return Array(text).withUnsafeBufferPointer { decode(buffer: $0) }
    }

    private static func decode(buffer text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let table = urlDecoding
        var out: [UInt8] = []
        out.reserveCapacity(text.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for char in text {
            let value = table[Int(char)]
            if value == 0xff { return nil }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        if bits >= 6 { return nil }
        if accumulator & ((1 << UInt32(bits)) - 1) != 0 { return nil }
        return out
    }

    package static func decode(_ text: String) -> [UInt8]? {
        decode(Array(text.utf8))
    }
}
