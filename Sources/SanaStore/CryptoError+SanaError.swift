import SanaCrypto

/// OpenSSL's failures print like every other error a user can report.
extension CryptoError: SanaError {}
