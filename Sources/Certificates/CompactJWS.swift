import SanaCrypto
import SanaEncoding
/// A JWS in compact serialization (RFC 7515 §7.1): BASE64URL(header) '.' BASE64URL(payload) '.'
/// BASE64URL(signature). The signed bytes are the text before the last '.'.
package struct CompactJWS: Sendable {
    package let header: JSONValue
    package let payload: JSONValue
    /// ASCII(BASE64URL(header) '.' BASE64URL(payload)): what the signature covers.
    package let signingInput: [UInt8]
    package let signature: [UInt8]

    /// Why a text is not a well-formed compact JWS.
    package struct Malformed: Error, Equatable, Sendable, CustomStringConvertible {
        package let reason: String
        package var description: String { reason }
    }

    /// Signs `payload` under `header` (both serialized deterministically) with `key`.
    package static func sign(header: JSONValue, payload: JSONValue, key: Ed25519PrivateKey) throws -> String {
        var input = Base64URL.encodeBytes(header.bytes)
        input.append(46)
        input += Base64URL.encodeBytes(payload.bytes)
        let signature = try key.sign(input)
        input.append(46)
        input += Base64URL.encodeBytes(signature)
        return String(decoding: input, as: UTF8.self)
    }

    /// Reads a compact JWS, ignoring surrounding whitespace (a trailing newline in a file).
    package static func parse(_ text: String) throws(Malformed) -> CompactJWS {
        var bytes = Array(text.utf8)
        while let last = bytes.last, [10, 13, 32, 9].contains(last) { bytes.removeLast() }
        while let first = bytes.first, [10, 13, 32, 9].contains(first) { bytes.removeFirst() }
        let parts = bytes.split(separator: 46, omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            throw Malformed(reason: "a compact JWS has 3 parts separated by '.', this has \(parts.count)")
        }
        guard let headerBytes = Base64URL.decode(parts[0]) else { throw Malformed(reason: "the header is not base64url") }
        guard let payloadBytes = Base64URL.decode(parts[1]) else { throw Malformed(reason: "the payload is not base64url") }
        guard let signature = Base64URL.decode(parts[2]) else { throw Malformed(reason: "the signature is not base64url") }
        guard let header = JSONValue.parse(headerBytes), header.objectValue != nil else {
            throw Malformed(reason: "the header is not a JSON object")
        }
        guard let payload = JSONValue.parse(payloadBytes), payload.objectValue != nil else {
            throw Malformed(reason: "the payload is not a JSON object")
        }
        return CompactJWS(
            header: header, payload: payload,
            signingInput: Array(bytes[0..<(parts[0].count + 1 + parts[1].count)]),
            signature: signature
        )
    }
}
