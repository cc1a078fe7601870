/// A stored certificate as people see it: who, what, when, the code, whether it still stands.
public struct CertificateView: Codable, Sendable, Equatable {
    public var id: String
    public var code: String
    public var holder: String
    public var courseID: String
    public var courseVersion: Int
    public var courseTitles: [String: String]
    public var lang: String
    public var score: String
    public var issuedAt: String
    public var validUntil: String?
    public var issuerName: String
    public var issuerURL: String
    public var kid: String
    public var revocation: Revocation?
    public var credential: String
    /// For the holder's printout only: with the IIN it lets a verifier check who holds the
    /// certificate (nil for older certificates, which publish their salt).
    public var holderCode: String?

    /// The course's title in `lang`, else in another language, else its id.
    public func courseTitle(lang: String) -> String {
        for key in [lang] + CourseInfo.languageOrder + [""] {
            if let title = courseTitles[key] { return title }
        }
        return courseID
    }
}
