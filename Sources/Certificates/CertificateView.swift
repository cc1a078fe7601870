/// A stored certificate as people see it: who, what, when, the code, whether it still stands.
package struct CertificateView: Codable, Sendable, Equatable {
    package var id: String
    package var code: String
    package var holder: String
    package var courseID: String
    package var courseVersion: Int
    package var courseTitles: [String: String]
    package var lang: String
    package var score: String
    package var issuedAt: String
    package var validUntil: String?
    package var issuerName: String
    package var issuerURL: String
    package var kid: String
    package var revocation: Revocation?
    package var credential: String
    /// For the holder's printout only: with the IIN it lets a verifier check who holds the
    /// certificate (nil for older certificates, which publish their salt).
    package var holderCode: String?

    /// The course's title in `lang`, else in another language, else its id.
    package func courseTitle(lang: String) -> String {
        for key in [lang] + CourseInfo.languageOrder + [""] {
            if let title = courseTitles[key] { return title }
        }
        return courseID
    }
}
