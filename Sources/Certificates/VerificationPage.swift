import GRDB
import SanaStore

/// The web page where a verifier checks a printed certificate. `sana cert issuer --verify-url` sets
/// its address (kept in the `setting` table); unset, it is the issuer's URL + `/index.html` (where `sana cert publish` puts the page when the site is served at the issuer's URL). A
/// certificate carries `URL#CODE`: its code, without hyphens, in the fragment, which a browser keeps
/// to itself instead of sending it to the server.
package struct VerificationPage: Sendable, Equatable {
    package let url: String
    /// True when no address was set and the issuer's URL + `/index.html` (where `sana cert publish` puts the page when the site is served at the issuer's URL) stands in.
    package let isDefault: Bool

    static let urlKey = "cert.verify_url"
    /// With the code, 200 characters still fit a version 13 QR code at level Q, 38 mm wide in print.
    static let maxLength = 200

    /// A page address as an operator gives it, checked: http(s) like the issuer's URL, with a host,
    /// no spaces or control characters, at most 200 characters, and no fragment of its own (the code
    /// goes there).
    package init(url: String) throws {
        try Self.validate(url)
        self.url = url
        isDefault = false
    }

    private init(defaultFor issuerURL: String) {
        url = (issuerURL.hasSuffix("/") ? String(issuerURL.dropLast()) : issuerURL) + "/index.html"
        isDefault = true
    }

    /// The address set with `--verify-url`; else the default for the stored issuer, else for
    /// `issuerURL` (the one a certificate names); nil when there is neither.
    package static func load(_ db: Database, issuerURL: String? = nil) throws -> VerificationPage? {
        if let url = try Setting.value(db, urlKey) {
            return VerificationPage(stored: url)
        }
        if let issuer = try IssuerProfile.loadIfSet(db) {
            return VerificationPage(defaultFor: issuer.url)
        }
        return issuerURL.flatMap { $0.isEmpty ? nil : VerificationPage(defaultFor: $0) }
    }

    private init(stored url: String) {
        self.url = url
        isDefault = false
    }

    package func save(_ db: Database) throws {
        try Setting.set(db, Self.urlKey, to: url)
    }

    /// The address printed on the certificate with `code`: `URL#CODE`, the code in its canonical form
    /// without hyphens.
    package func link(code: String) -> String {
        let canonical = HumanCode.normalize(code) ?? code.uppercased()
        return url + "#" + canonical.filter { $0 != "-" && $0 != " " }
    }

    static func validate(_ url: String) throws {
        let scheme = ["https://", "http://"].first { url.hasPrefix($0) }
        guard let scheme else {
            throw CertificatesError.invalidVerifyURL(url, reason: "must start with https:// or http://")
        }
        guard url.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && !$0.properties.isWhitespace && $0.properties.generalCategory != .format }) else {
            throw CertificatesError.invalidVerifyURL(url, reason: "contains a space or a control character")
        }
        let host = url.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty else {
            throw CertificatesError.invalidVerifyURL(url, reason: "names no host")
        }
        guard url.count <= maxLength else {
            throw CertificatesError.invalidVerifyURL(url, reason: "is longer than \(maxLength) characters: its QR code would print too dense to scan")
        }
        guard !url.contains("#") else {
            throw CertificatesError.invalidVerifyURL(url, reason: "already has a fragment (#...): the certificate's code goes there")
        }
    }
}
