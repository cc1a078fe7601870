import COpenSSL
import Foundation

/// An Ed25519 private key held by OpenSSL; signs with EVP_DigestSign (no digest: pure Ed25519).
package final class Ed25519PrivateKey: @unchecked Sendable {
    /// Immutable once made; each signature uses its own EVP_MD_CTX, so threads may share the key.
    private let pkey: OpaquePointer
    package let publicKey: Ed25519PublicKey

    private init(pkey: OpaquePointer) throws {
        self.pkey = pkey
        var length = 32
        var raw = [UInt8](repeating: 0, count: 32)
        guard EVP_PKEY_get_raw_public_key(pkey, &raw, &length) == 1, length == 32 else {
            EVP_PKEY_free(pkey)
            throw OpenSSLError.last("read the public half of an Ed25519 key")
        }
        do {
            publicKey = try Ed25519PublicKey(bytes: raw)
        } catch {
            EVP_PKEY_free(pkey)
            throw error
        }
    }

    deinit {
        EVP_PKEY_free(pkey)
    }

    /// A fresh key from OpenSSL's generator.
    package static func generate() throws -> Ed25519PrivateKey {
        guard let pkey = sana_ed25519_keygen() else { throw OpenSSLError.last("generate an Ed25519 key") }
        return try Ed25519PrivateKey(pkey: pkey)
    }

    /// The key whose 32-byte seed is `seed` (RFC 8032's "secret key").
    package static func fromSeed(_ seed: [UInt8]) throws -> Ed25519PrivateKey {
        guard seed.count == 32, let pkey = EVP_PKEY_new_raw_private_key(sana_evp_pkey_ed25519(), nil, seed, 32) else {
            throw OpenSSLError.last("read an Ed25519 private key")
        }
        return try Ed25519PrivateKey(pkey: pkey)
    }

    /// Reads a PKCS#8 PEM private key; nil when the text holds no Ed25519 key.
    package static func fromPEM(_ pem: [UInt8]) throws -> Ed25519PrivateKey? {
        let pkey: OpaquePointer? = pem.withUnsafeBytes { raw in
            guard let bio = BIO_new_mem_buf(raw.baseAddress, Int32(raw.count)) else { return nil }
            defer { BIO_free(bio) }
            return PEM_read_bio_PrivateKey(bio, nil, nil, nil)
        }
        guard let pkey else {
            ERR_clear_error()
            return nil
        }
        guard EVP_PKEY_get_id(pkey) == sana_evp_pkey_ed25519() else {
            EVP_PKEY_free(pkey)
            return nil
        }
        return try Ed25519PrivateKey(pkey: pkey)
    }

    /// PKCS#8 PEM (`BEGIN PRIVATE KEY`), unencrypted: the file's mode protects it.
    package func pkcs8PEM() throws -> [UInt8] {
        guard let bio = BIO_new(BIO_s_mem()) else { throw OpenSSLError.last("allocate a memory BIO") }
        defer { BIO_free(bio) }
        guard PEM_write_bio_PKCS8PrivateKey(bio, pkey, nil, nil, 0, nil, nil) == 1 else {
            throw OpenSSLError.last("write a PKCS#8 private key")
        }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 256)
        while true {
            let read = BIO_read(bio, &chunk, Int32(chunk.count))
            if read <= 0 { break }
            out += chunk[0..<Int(read)]
        }
        return out
    }

    /// A context for signing many messages in a row on one thread.
    package func makeContext() throws -> Ed25519Context {
        try Ed25519Context(pkey: pkey, signing: true)
    }

    /// The 64-byte Ed25519 signature of `message`.
    package func sign<Message: Collection<UInt8>>(_ message: Message) throws -> [UInt8] {
        guard let context = EVP_MD_CTX_new() else { throw OpenSSLError.last("allocate a signing context") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestSignInit(context, nil, nil, nil, pkey) == 1 else {
            throw OpenSSLError.last("start an Ed25519 signature")
        }
        var signature = [UInt8](repeating: 0, count: 64)
        var length = 64
        let status: Int32 = message.withContiguousStorageIfAvailable { raw in
            EVP_DigestSign(context, &signature, &length, raw.baseAddress, raw.count)
        } ?? Array(message).withUnsafeBufferPointer { raw in
            EVP_DigestSign(context, &signature, &length, raw.baseAddress, raw.count)
        }
        guard status == 1, length == 64 else { throw OpenSSLError.last("sign with Ed25519") }
        return signature
    }
}
