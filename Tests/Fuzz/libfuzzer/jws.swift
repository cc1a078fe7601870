// libFuzzer harness: compact JWS, JSON and did:key parsing (see README.md). Compiled with
// Sources/Certificates/{CompactJWS,JSONValue,JSONValue+Parsing,Base64URL,Base58,DIDKey}.swift;
// signing is stubbed (it needs OpenSSL, and only parsing is fuzzed here).
public struct Ed25519PrivateKey {
    func sign(_ bytes: [UInt8]) throws -> [UInt8] { [] }
}

/// The same JSON value, numbers compared as numbers (JSON has no integer type: 1.0 and 1 are one).
func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
    switch (a, b) {
    case (.integer(let x), .number(let y)), (.number(let y), .integer(let x)): return Double(x) == y
    case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
    case (.object(let x), .object(let y)): return x.count == y.count && x.allSatisfy { key, value in y[key].map { same(value, $0) } ?? false }
    default: return a == b
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // JSON: what parses serializes to text that parses to the same value.
    if let value = JSONValue.parse(bytes), !(JSONValue.parse(value.bytes).map { same($0, value) } ?? false) {
        fatalError("JSON round trip: \(value) serializes as \(String(decoding: value.bytes, as: UTF8.self))")
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
