import SanaEncoding

/// The W3C Bitstring Status List's bits: index 0 is the left-most (most significant) bit of the
/// first byte. Published GZIP-compressed, then base64url without padding, with the multibase prefix `u`.
package struct Bitstring: Sendable, Equatable {
    package private(set) var bytes: [UInt8]

    /// The largest list a verifier inflates (16 MiB, 134 million entries).
    package static let decodeLimit = 16 * 1024 * 1024

    package init(length: Int) {
        precondition(length % 8 == 0)
        bytes = [UInt8](repeating: 0, count: length / 8)
    }

    package var length: Int { bytes.count * 8 }

    package mutating func set(_ index: Int) {
        bytes[index / 8] |= 0x80 >> UInt8(index % 8)
    }

    package func isSet(_ index: Int) -> Bool {
        bytes[index / 8] & (0x80 >> UInt8(index % 8)) != 0
    }

    package var setCount: Int {
        bytes.reduce(0) { $0 + $1.nonzeroBitCount }
    }

    /// `u` + base64url(gzip(bits)).
    package func encodedList() throws -> String {
        "u" + Base64URL.encode(try Self.gzip { try Gzip.compress(bytes) })
    }

    package static func decode(encodedList: String) throws -> Bitstring {
        guard encodedList.hasPrefix("u"), let compressed = Base64URL.decode(String(encodedList.dropFirst())) else {
            throw CertificatesError.malformedStatusList(reason: "encodedList is not multibase base64url (prefix 'u')")
        }
        let raw = try gzip { try Gzip.decompress(compressed, limit: decodeLimit) }
        guard raw.count * 8 >= StatusIndexPool.minimumLength else {
            throw CertificatesError.malformedStatusList(reason: "the list has \(raw.count * 8) entries, fewer than the minimum 131072")
        }
        var bits = Bitstring(length: 0)
        bits.bytes = raw
        return bits
    }

    /// Gzip's failures as the module's error.
    private static func gzip(_ body: () throws -> [UInt8]) throws -> [UInt8] {
        do {
            return try body()
        } catch let error as GzipError {
            throw CertificatesError.compression(error.reason)
        }
    }
}
