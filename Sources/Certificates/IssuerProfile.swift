import Foundation
import GRDB
import SanaStore

/// Who issues certificates: a name and a web address, kept in the `setting` table. The issuer's id on
/// each credential is the did:key of the key that signed it.
package struct IssuerProfile: Codable, Sendable, Equatable {
    package var name: String
    package var url: String

    static let nameKey = "cert.issuer_name"
    static let urlKey = "cert.issuer_url"

    package init(name: String, url: String) {
        self.name = name
        self.url = url
    }

    /// The published status list's URL: the address a verifier would fetch it from.
    package var statusListURL: String {
        (url.hasSuffix("/") ? String(url.dropLast()) : url) + "/credentials/status/revocation"
    }

    package static func load(_ db: Database) throws -> IssuerProfile {
        guard let name = try Setting.value(db, nameKey),
              let url = try Setting.value(db, urlKey) else {
            throw CertificatesError.issuerNotSet
        }
        return IssuerProfile(name: name, url: url)
    }

    package static func loadIfSet(_ db: Database) throws -> IssuerProfile? {
        do {
            return try load(db)
        } catch CertificatesError.issuerNotSet {
            return nil
        }
    }

    /// Saves the profile; the URL must be http(s).
    package func save(_ db: Database) throws {
        guard url.hasPrefix("https://") || url.hasPrefix("http://"), url.count > 8 else {
            throw CertificatesError.invalidIssuerURL(url)
        }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw CertificatesError.issuerNotSet }
        for (key, value) in [(IssuerProfile.nameKey, trimmed), (IssuerProfile.urlKey, url)] {
            try Setting.set(db, key, to: value)
        }
    }
}
