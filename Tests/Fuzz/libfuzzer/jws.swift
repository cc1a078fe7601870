// libFuzzer harness: compact JWS, JSON and did:key parsing (see README.md). Compiled with
// Sources/Certificates/{CompactJWS,JSONValue,JSONValue+Parsing,Base64URL,Base58,DIDKey}.swift;
// signing is stubbed (it needs OpenSSL, and only parsing is fuzzed here).
public struct Ed25519PrivateKey {
    func sign(_ bytes: [UInt8]) throws -> [UInt8] { [] }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // JSON: what parses serializes to text that parses to the same value.
    if let value = JSONValue.parse(bytes), JSONValue.parse(value.bytes) != value {
        fatalError("JSON round trip: \(value)")
    }
    let text = String(decoding: bytes, as: UTF8.self)
    if let jws = try? CompactJWS.parse(text) {
        if let kid = jws.header["kid"]?.stringValue, let key = DIDKey(parsing: kid), DIDKey(parsing: key.kid) != key {
            fatalError("did:key round trip: \(kid)")
        }
    }
    _ = DIDKey(parsing: text)
    if let decoded = Base64URL.decode(bytes), Base64URL.decode(Base64URL.encodeBytes(decoded)) != decoded {
        fatalError("base64url round trip")
    }
    return 0
}
