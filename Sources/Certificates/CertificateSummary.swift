import SanaEncoding

/// What a person reads off a certificate's payload: whose it is, for what, when, and from whom.
/// Every field is read defensively, so a summary can be shown even for a payload that fails checks.
package struct CertificateSummary: Codable, Sendable, Equatable {
    package var id: String?
    package var holder: String?
    package var subjectID: String?
    package var course: String?
    package var achievementID: String?
    package var lang: String?
    package var score: String?
    package var passed: Bool
    package var validFrom: String?
    package var validUntil: String?
    package var issuerName: String?
    package var issuerURL: String?
    package var issuerID: String?
    package var statusListCredential: String?
    package var statusListIndex: Int?

    package init(payload: JSONValue) {
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
