import Foundation
import COpenSSL

/// An Ed25519 public key (32 raw bytes), verifying through OpenSSL's EVP interface.
package final class Ed25519PublicKey: @unchecked Sendable, Equatable {
    package let bytes: [UInt8]
    /// Immutable once made; OpenSSL allows concurrent use of one EVP_PKEY with separate contexts.
    private let pkey: OpaquePointer

    package init(bytes: [UInt8]) throws {
        guard bytes.count == 32, let pkey = EVP_PKEY_new_raw_public_key(sana_evp_pkey_ed25519(), nil, bytes, 32) else {
            throw OpenSSLError.last("read an Ed25519 public key")
        }
        self.bytes = bytes
        self.pkey = pkey
    }

    deinit {
        EVP_PKEY_free(pkey)
    }

    package static func == (lhs: Ed25519PublicKey, rhs: Ed25519PublicKey) -> Bool {
        lhs.bytes == rhs.bytes
    }

    /// True when `signature` is this key's Ed25519 signature of `message` (RFC 8032, pure Ed25519).
    package func verify<Message: Collection<UInt8>>(signature: [UInt8], message: Message) -> Bool {
        guard signature.count == 64, let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit(context, nil, nil, nil, pkey) == 1 else {
            ERR_clear_error()
            return false
        }
        let result: Int32 = message.withContiguousStorageIfAvailable { raw in
            EVP_DigestVerify(context, signature, 64, raw.baseAddress, raw.count)
        } ?? Array(message).withUnsafeBufferPointer { raw in
            EVP_DigestVerify(context, signature, 64, raw.baseAddress, raw.count)
        }
        if result != 1 { ERR_clear_error() }
        return result == 1
    }

    /// A context for verifying many signatures in a row on one thread.
    package func makeContext() throws -> Ed25519Context {
        try Ed25519Context(pkey: pkey, signing: false)
    }

    /// SubjectPublicKeyInfo DER (RFC 8410): what `openssl pkeyutl -pubin` reads.
    package var derSubjectPublicKeyInfo: [UInt8] {
        [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00] + bytes
    }

    /// The public key as a PEM `PUBLIC KEY` block.
    package var pem: String {
        "-----BEGIN PUBLIC KEY-----\n" + Data(derSubjectPublicKeyInfo).base64EncodedString() + "\n-----END PUBLIC KEY-----\n"
    }
}
