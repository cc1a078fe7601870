/// Turns an access code into the slow salted hash the store keeps, and checks a typed code
/// against it. Enrollment owns access codes but cannot use OpenSSL (only Certificates imports it):
/// the implementation is injected (`Certificates.OpenSSLCodeHasher`).
public protocol AccessCodeHasher: Sendable {
    /// A new salted hash of `code`, as `scheme$params$salt$hash`.
    func hash(_ code: String) throws -> String
    /// Whether `code` is the one `stored` was made from (a constant-time comparison).
    func verify(_ code: String, against stored: String) -> Bool
}
