import SanaEncoding

/// What the store keeps of a credential issued from a `CredentialTemplate`: the values that fill
/// the template's holes (exactly as they appear in the payload) and the signature. With the
/// template's header and marked payload they give back the credential's text byte for byte:
/// `header '.' BASE64URL(template filled with values) '.' BASE64URL(signature)`.
///
/// Encoded (column `certificate.credential_parts`) as the number of values, each value as its
/// length (LEB128) and bytes, then the 64-byte signature.
struct CredentialParts: Equatable, Sendable {
    var values: [[UInt8]]
    var signature: [UInt8]

    init(values: [[UInt8]], signature: [UInt8]) {
        self.values = values
        self.signature = signature
    }

    var encoded: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(values.reduce(1 + signature.count) { $0 + $1.count + 2 })
        out.append(UInt8(values.count))
        for value in values {
            var length = value.count
            while length >= 0x80 {
                out.append(UInt8(length & 0x7f) | 0x80)
                length >>= 7
            }
            out.append(UInt8(length))
            out += value
        }
        out += signature
        return out
    }

    /// nil when `bytes` is not an encoding made by `encoded`.
    init?(encoded bytes: [UInt8]) {
        guard let count = bytes.first else { return nil }
        var index = 1
        var values: [[UInt8]] = []
        values.reserveCapacity(Int(count))
        for _ in 0..<count {
            var length = 0
            var shift = 0
            while true {
                guard index < bytes.count, shift < 28 else { return nil }
                let byte = bytes[index]
                index += 1
                length |= Int(byte & 0x7f) << shift
                shift += 7
                if byte < 0x80 { break }
            }
            guard length <= bytes.count - index else { return nil }
            values.append(Array(bytes[index..<(index + length)]))
            index += length
        }
        guard bytes.count - index == 64 else { return nil }
        self.values = values
        signature = Array(bytes[index...])
    }

    /// The credential's compact JWS text, given the template's header part and its marked payload;
    /// nil when the template does not parse or a value is missing for one of its holes.
    func credential(header: String, template markedPayload: [UInt8]) -> String? {
        CredentialTemplate(marked: markedPayload).flatMap { credential(header: header, template: $0) }
    }

    /// The same, with the template already parsed.
    func credential(header: String, template: CredentialTemplate) -> String? {
        guard template.holeCount <= values.count else { return nil }
        var text = Array(header.utf8)
        text.append(46)
        text += Base64URL.encodeBytes(template.fill(values))
        text.append(46)
        text += Base64URL.encodeBytes(signature)
        return String(decoding: text, as: UTF8.self)
    }
}
