/// What the cryptography underneath can report: OpenSSL failing an operation (out of memory, a
/// damaged key), which no user input causes.
package enum CryptoError: Error, Equatable, CustomStringConvertible {
    case openssl(operation: String, message: String)

    package var description: String {
        switch self {
        case .openssl(let operation, let message):
            return "OpenSSL failed to \(operation)\(message.isEmpty ? "" : ": \(message)")"
        }
    }
}
