import Foundation
import SanaStore

/// The file a verifier pins (`sana cert trust-export`): the issuer and its keys with validity windows.
package struct TrustList: Codable, Sendable, Equatable {
    package var issuerName: String?
    package var issuerURL: String?
    package var statusList: String?
    package var exportedAt: String
    package var keys: [TrustedKey]

    package init(issuerName: String?, issuerURL: String?, statusList: String?, exportedAt: String, keys: [TrustedKey]) {
        self.issuerName = issuerName
        self.issuerURL = issuerURL
        self.statusList = statusList
        self.exportedAt = exportedAt
        self.keys = keys
    }

    package func key(kid: String) -> TrustedKey? {
        keys.first { $0.kid == kid }
    }

    package func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Reads a trust file, checking that every key's id matches its public key and its dates parse.
    package static func load(path: String) throws -> TrustList {
        let data = Data(try OutputFile.read(path).utf8)
        let list: TrustList
        do {
            list = try JSONDecoder().decode(TrustList.self, from: data)
        } catch let error as DecodingError {
            throw CertificatesError.malformedTrustFile(path: path, reason: "not a sana trust file: \(error.sentence)")
        }
        for key in list.keys {
            guard let did = DIDKey(parsing: key.kid), did.kid == key.kid else {
                throw CertificatesError.malformedTrustFile(path: path, reason: "key id \(key.kid) is not an Ed25519 did:key URL")
            }
            guard Timestamp.seconds(from: key.notBefore) != nil, key.notAfter.map({ Timestamp.seconds(from: $0) != nil }) ?? true else {
                throw CertificatesError.malformedTrustFile(path: path, reason: "key \(key.kid) has an unreadable validity date")
            }
        }
        return list
    }
}
