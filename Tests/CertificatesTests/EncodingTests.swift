import Certificates
import SanaCrypto
import SanaEncoding
import Testing

@Suite struct EncodingTests {
    @Test func base64URLHasNoPaddingAndRoundTrips() {
        #expect(Base64URL.encode(Array("f".utf8)) == "Zg")
        #expect(Base64URL.encode(Array("fo".utf8)) == "Zm8")
        #expect(Base64URL.encode(Array("foo".utf8)) == "Zm9v")
        #expect(Base64URL.encode([0xfb, 0xff]) == "-_8")
        for length in 0..<40 {
            let bytes = (0..<length).map { UInt8(($0 * 37 + 11) & 0xff) }
            #expect(Base64URL.decode(Base64URL.encode(bytes)) == bytes)
        }
        #expect(Base64URL.decode("Zg==") == nil)
        #expect(Base64URL.decode("Zh") == nil, "non-zero trailing bits have a second spelling: refused")
        #expect(Base64URL.decode("a+b/") == nil)
    }

    @Test func base58AndDIDKey() throws {
        #expect(Base58.encode(Array("Hello World!".utf8)) == "2NEpo7TZRRrLZSi2U")
        #expect(Base58.decode("2NEpo7TZRRrLZSi2U") == Array("Hello World!".utf8))
        #expect(Base58.encode([0, 0, 1]) == "112")
        // The did:key spec's Ed25519 example: every such key starts z6Mk.
        let key = try Ed25519PrivateKey.generate()
        let did = DIDKey(publicKey: key.publicKey.bytes)
        #expect(did.did.hasPrefix("did:key:z6Mk"))
        #expect(did.kid == did.did + "#" + did.multibase)
        #expect(DIDKey(parsing: did.kid) == did)
        #expect(DIDKey(parsing: did.did) == did)
        #expect(DIDKey(parsing: did.did + "#z6MkOther") == nil)
        #expect(DIDKey(parsing: "did:web:example.com") == nil)
    }

    @Test func jsonIsDeterministicAndParsesBack() throws {
        let value: JSONValue = .object([
            "b": .array([.integer(1), .number(2.5), .bool(true), .null]),
            "a": .string("slash / quote \" backslash \\ newline \n tab \t Қазақ"),
            "@context": .string("x"),
        ])
        #expect(value.text == #"{"@context":"x","a":"slash / quote \" backslash \\ newline \n tab \t Қазақ","b":[1,2.5,true,null]}"#)
        #expect(JSONValue.parse(value.bytes) == value)
        #expect(JSONValue.parse(#"{"a":1,"a":2}"#) == nil, "duplicate keys are ambiguous: refused")
        #expect(JSONValue.parse(#"{"a":1} x"#) == nil)
        #expect(JSONValue.parse(#"{"s":"\u0041\ud83d\ude00"}"#)?["s"]?.stringValue == "A😀")
        #expect(JSONValue.parse(#"[01]"#) == nil)
    }

    @Test func humanCodeCarries80BitsAndACheckCharacter() throws {
        let code = HumanCode.make(from: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
        #expect(code.count == 21)
        #expect(code.split(separator: "-").map(\.count) == [4, 4, 4, 4, 1])
        #expect(HumanCode.normalize(code) == code)
        #expect(HumanCode.normalize(code.lowercased().replacingOccurrences(of: "-", with: " ")) == code)
        for _ in 0..<20 {
            let random = try HumanCode.generate()
            #expect(HumanCode.normalize(random) == random)
            #expect(!random.contains { "ILOU".contains($0) })
        }
        // Every single-character substitution and every swap of neighbours is caught.
        let plain = Array(code.replacingOccurrences(of: "-", with: ""))
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        for position in plain.indices {
            for replacement in alphabet where replacement != plain[position] {
                var typo = plain
                typo[position] = replacement
                #expect(HumanCode.normalize(String(typo)) == nil, "substitution at \(position)")
            }
            if position + 1 < plain.count, plain[position] != plain[position + 1] {
                var swapped = plain
                swapped.swapAt(position, position + 1)
                #expect(HumanCode.normalize(String(swapped)) == nil, "swap at \(position)")
            }
        }
    }

    @Test func bitstringIsGzipBase64URLMultibase() throws {
        var bits = Bitstring(length: 131_072)
        bits.set(0)
        bits.set(7)
        bits.set(131_071)
        #expect(bits.bytes[0] == 0x81)
        let encoded = try bits.encodedList()
        #expect(encoded.hasPrefix("u"))
        let compressed = try #require(Base64URL.decode(String(encoded.dropFirst())))
        #expect(Array(compressed.prefix(2)) == [0x1f, 0x8b], "a gzip member")
        let decoded = try Bitstring.decode(encodedList: encoded)
        #expect(decoded == bits)
        #expect(decoded.isSet(131_071) && decoded.isSet(7) && !decoded.isSet(1))
        #expect(decoded.setCount == 3)
        let short = "u" + Base64URL.encode(try Gzip.compress([UInt8](repeating: 0, count: 1024)))
        #expect(throws: CertificatesError.malformedStatusList(reason: "the list has 8192 entries, fewer than the minimum 131072")) {
            try Bitstring.decode(encodedList: short)
        }
    }

    @Test func statusIndexPoolDrawsDistinctIndexesInRange() throws {
        #expect(StatusIndexPool.length(covering: 10) == 131_072)
        #expect(StatusIndexPool.length(covering: 200_000) == 262_144)
        var pool = StatusIndexPool(used: [5], upcoming: 1000)
        var seen: Set<Int> = [5]
        for _ in 0..<1000 {
            let index = try pool.draw()
            #expect(index >= 0 && index < pool.capacity)
            #expect(seen.insert(index).inserted)
        }
    }
}
