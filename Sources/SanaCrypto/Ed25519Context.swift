import COpenSSL

/// An EVP_MD_CTX initialised once for one Ed25519 key, for many signatures or verifications in a row
/// on one thread (as `openssl speed` does): OpenSSL 3 looks the algorithm up on every init, which
/// costs as much as a signature. Not for sharing between threads.
package final class Ed25519Context {
    private let context: OpaquePointer
    private let signing: Bool

    init(pkey: OpaquePointer, signing: Bool) throws {
        guard let context = EVP_MD_CTX_new() else { throw OpenSSLError.last("allocate a signing context") }
        let status = signing
            ? EVP_DigestSignInit(context, nil, nil, nil, pkey)
            : EVP_DigestVerifyInit(context, nil, nil, nil, pkey)
        guard status == 1 else {
            EVP_MD_CTX_free(context)
            throw OpenSSLError.last(signing ? "start an Ed25519 signature" : "start an Ed25519 verification")
        }
        self.context = context
        self.signing = signing
    }

    deinit {
        EVP_MD_CTX_free(context)
    }

    /// The 64-byte signature of `message` (a signing context only).
    package func sign(_ message: UnsafeRawBufferPointer) throws -> [UInt8] {
        precondition(signing)
        var signature = [UInt8](repeating: 0, count: 64)
        var length = 64
        guard EVP_DigestSign(context, &signature, &length, message.baseAddress?.assumingMemoryBound(to: UInt8.self), message.count) == 1, length == 64 else {
            throw OpenSSLError.last("sign with Ed25519")
        }
        return signature
    }

    package func sign(_ message: [UInt8]) throws -> [UInt8] {
        try message.withUnsafeBytes { try sign($0) }
    }

    /// True when `signature` verifies over `message` (a verifying context only).
    package func verify(signature: [UInt8], message: [UInt8]) -> Bool {
        precondition(!signing)
        guard signature.count == 64 else { return false }
        let status = message.withUnsafeBufferPointer { EVP_DigestVerify(context, signature, 64, $0.baseAddress, $0.count) }
        if status != 1 { ERR_clear_error() }
        return status == 1
    }
}
