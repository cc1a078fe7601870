import COpenSSL
import Foundation

/// Access-code hashes (and any other short secret) through OpenSSL's scrypt (`EVP_PBE_scrypt`): a 16-byte random salt
/// (`RAND_bytes`), a 32-byte key, stored as `scrypt$N=8192,r=8,p=1$<salt>$<key>` (base64), compared
/// in constant time (`CRYPTO_memcmp`). Codes are random with 59 bits of entropy, so a moderate cost
/// (about 8 MiB and tens of milliseconds) makes an offline search hopeless while issuing codes to a
/// 100,000-learner roster stays in minutes. Verification reads the cost from the stored value, so
/// the parameters can rise later without invalidating issued codes.
package struct ScryptHasher: Sendable {
    package struct Parameters: Sendable, Equatable {
        package var n: UInt64
        package var r: UInt64
        package var p: UInt64

        package init(n: UInt64, r: UInt64, p: UInt64) {
            self.n = n
            self.r = r
            self.p = p
        }

        package static let standard = Parameters(n: 8192, r: 8, p: 1)
    }

    package let parameters: Parameters

    package init(parameters: Parameters = .standard) {
        self.parameters = parameters
    }

    package func hash(_ code: String) throws -> String {
        let salt = try SecureRandom.bytes(16)
        guard let key = ScryptHasher.derive(code, salt: salt, parameters) else {
            throw OpenSSLError.last("derive an scrypt key")
        }
        let params = "N=\(parameters.n),r=\(parameters.r),p=\(parameters.p)"
        return "scrypt$\(params)$\(Data(salt).base64EncodedString())$\(Data(key).base64EncodedString())"
    }

    package func verify(_ code: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "scrypt",
              let parameters = ScryptHasher.parse(parts[1]),
              let salt = Data(base64Encoded: String(parts[2])),
              let expected = Data(base64Encoded: String(parts[3])), expected.count == 32,
              let key = ScryptHasher.derive(code, salt: Array(salt), parameters)
        else { return false }
        return key.withUnsafeBytes { lhs in
            expected.withUnsafeBytes { rhs in CRYPTO_memcmp(lhs.baseAddress, rhs.baseAddress, 32) == 0 }
        }
    }

    /// `N=8192,r=8,p=1`, within sane bounds (a stored value must not make verification hang).
    static func parse(_ text: Substring) -> Parameters? {
        var values: [Substring: UInt64] = [:]
        for field in text.split(separator: ",") {
            let pair = field.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, let value = UInt64(pair[1]) else { return nil }
            values[pair[0]] = value
        }
        guard let n = values["N"], let r = values["r"], let p = values["p"],
              n >= 2, n <= 1 << 20, n & (n - 1) == 0, (1...32).contains(r), (1...16).contains(p)
        else { return nil }
        return Parameters(n: n, r: r, p: p)
    }

    static func derive(_ code: String, salt: [UInt8], _ parameters: Parameters) -> [UInt8]? {
        var key = [UInt8](repeating: 0, count: 32)
        let secret = Array(code.utf8)
        guard !secret.isEmpty else { return nil }
        // scrypt needs 128·r·N bytes (plus a little); allow twice that.
        let maxMemory = 256 * parameters.r * parameters.n * parameters.p + (1 << 20)
        let status = secret.withUnsafeBufferPointer { secretBytes in
            secretBytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: secret.count) { pass in
                EVP_PBE_scrypt(pass, secret.count, salt, salt.count, parameters.n, parameters.r, parameters.p, maxMemory, &key, key.count)
            }
        }
        return status == 1 ? key : nil
    }
}
