import COpenSSL

/// The text of OpenSSL's most recent error on this thread, as a `CryptoError`.
enum OpenSSLError {
    static func last(_ operation: String) -> CryptoError {
        var buffer = [CChar](repeating: 0, count: 256)
        sana_openssl_last_error(&buffer, buffer.count)
        let message = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return .openssl(operation: operation, message: message)
    }
}
