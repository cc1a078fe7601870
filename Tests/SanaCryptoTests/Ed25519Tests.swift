import SanaCrypto
import Testing

/// RFC 8032 §7.1 test vectors through our OpenSSL signer.
@Suite struct Ed25519Tests {
    struct Vector: Sendable, CustomStringConvertible {
        let name: String
        let secret: String
        let publicKey: String
        let message: String
        let signature: String
        var description: String { name }
    }

    static let vectors = [
        Vector(
            name: "TEST 1",
            secret: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            publicKey: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            message: "",
            signature: "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        ),
        Vector(
            name: "TEST 2",
            secret: "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            publicKey: "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            message: "72",
            signature: "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        ),
        Vector(
            name: "TEST 3",
            secret: "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            publicKey: "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            message: "af82",
            signature: "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
        ),
    ]

    static func bytes(_ hex: String) -> [UInt8] {
        var out: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            out.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return out
    }

    @Test(arguments: vectors) func signsAndVerifiesTheRFCVector(_ vector: Vector) throws {
        let key = try Ed25519PrivateKey.fromSeed(Self.bytes(vector.secret))
        #expect(key.publicKey.bytes == Self.bytes(vector.publicKey))
        let signature = try key.sign(Self.bytes(vector.message))
        #expect(signature == Self.bytes(vector.signature))
        let publicKey = try Ed25519PublicKey(bytes: Self.bytes(vector.publicKey))
        #expect(publicKey.verify(signature: Self.bytes(vector.signature), message: Self.bytes(vector.message)))
        var flipped = Self.bytes(vector.signature)
        flipped[10] ^= 0x01
        #expect(!publicKey.verify(signature: flipped, message: Self.bytes(vector.message)))
        #expect(!publicKey.verify(signature: Self.bytes(vector.signature), message: Self.bytes(vector.message) + [0]))
    }

    @Test func pemRoundTripKeepsTheKey() throws {
        let key = try Ed25519PrivateKey.generate()
        let pem = try key.pkcs8PEM()
        #expect(String(decoding: pem, as: UTF8.self).hasPrefix("-----BEGIN PRIVATE KEY-----\n"))
        let again = try #require(try Ed25519PrivateKey.fromPEM(pem))
        #expect(again.publicKey == key.publicKey)
        #expect(try Ed25519PrivateKey.fromPEM(Array("not a key".utf8)) == nil)
    }

    @Test func publicKeyPEMIsSubjectPublicKeyInfo() throws {
        let key = try Ed25519PublicKey(bytes: Self.bytes(Self.vectors[0].publicKey))
        #expect(key.pem == "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n-----END PUBLIC KEY-----\n")
    }
}
