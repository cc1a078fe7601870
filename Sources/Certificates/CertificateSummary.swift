import SanaEncoding

/// What a person reads off a certificate's payload: whose it is, for what, when, and from whom.
/// Every field is read defensively, so a summary can be shown even for a payload that fails checks.
public struct CertificateSummary: Codable, Sendable, Equatable {
    public var id: String?
    public var holder: String?
    public var subjectID: String?
    public var course: String?
    public var achievementID: String?
    public var lang: String?
    public var score: String?
    public var passed: Bool
    public var validFrom: String?
    public var validUntil: String?
    public var issuerName: String?
    public var issuerURL: String?
    public var issuerID: String?
    public var statusListCredential: String?
    public var statusListIndex: Int?

    public init(payload: JSONValue) {
        id = payload["id"]?.stringValue
        let subject = payload["credentialSubject"]
        subjectID = subject?["id"]?.stringValue
        holder = subject?["identifier"]?.arrayValue?.first {
            $0["identityType"]?.stringValue == "name" && $0["hashed"]?.boolValue == false
        }?["identityHash"]?.stringValue
        let achievement = subject?["achievement"]
        course = achievement?["name"]?.stringValue
        achievementID = achievement?["id"]?.stringValue
        lang = achievement?["inLanguage"]?.stringValue
        let result = subject?["result"]?.arrayValue?.first
        score = result?["value"]?.stringValue
        passed = result?["status"]?.stringValue == "Completed"
        validFrom = payload["validFrom"]?.stringValue
        validUntil = payload["validUntil"]?.stringValue
        issuerName = payload["issuer"]?["name"]?.stringValue
        issuerURL = payload["issuer"]?["url"]?.stringValue
        issuerID = payload["issuer"]?["id"]?.stringValue ?? payload["issuer"]?.stringValue
        statusListCredential = payload["credentialStatus"]?["statusListCredential"]?.stringValue
        statusListIndex = payload["credentialStatus"]?["statusListIndex"]?.stringValue.flatMap { Int($0) }
    }
}
