import Foundation

/// Changes to a certificate that keep its signature.
enum Tamper {
    /// The score raised from 86 to 96, the signature left as it was.
    static func score(_ jws: String) -> String {
        let parts = jws.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").map(String.init)
        let payload = String(decoding: Base64URLText.decode(parts[1]), as: UTF8.self).replacingOccurrences(of: "\"value\":\"86\"", with: "\"value\":\"96\"")
        return [parts[0], Base64URLText.encode(Data(payload.utf8)), parts[2]].joined(separator: ".")
    }
}
