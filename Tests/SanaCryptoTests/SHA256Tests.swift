import SanaCrypto
import Testing

@Suite struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256.hex(of: Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func streamingInOddChunksEqualsOneShot() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        var hasher = SHA256()
        var offset = 0
        var chunk = 1
        while offset < message.count {
            let end = min(message.count, offset + chunk)
            hasher.update(message[offset..<end])
            offset = end
            chunk = chunk * 7 % 1013 + 1
        }
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(SHA256.hexString(hasher.finalize()) == expected)
        #expect(SHA256.hex(of: message) == expected)
    }

    @Test func aCopyHashesOnIndependently() {
        var hasher = SHA256()
        hasher.update(Array("ab".utf8))
        var copy = hasher
        copy.update(Array("c".utf8))
        hasher.update(Array("x".utf8))
        #expect(SHA256.hexString(copy.finalize()) == SHA256.hex(of: Array("abc".utf8)))
        #expect(SHA256.hexString(hasher.finalize()) == SHA256.hex(of: Array("abx".utf8)))
    }
}
