import SanaStore

/// Builds the Open Badges 3.0 `OpenBadgeCredential` (VC data model 2.0) that a certificate signs,
/// with the JWT claims `iss`, `sub`, `jti`, `nbf` (and `exp`) beside it, as OB 3.0 §8.2 puts them.
public enum OpenBadgeCredential {
    public static let vcContext = "https://www.w3.org/ns/credentials/v2"
    public static let obContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"

    /// Everything one certificate says.
    public struct Claims: Sendable {
        public var id: String
        public var issuer: IssuerProfile
        public var issuerDID: String
        public var issuedAt: Int64
        public var expiresAt: Int64?
        public var subjectID: String
        public var learnerName: String
        public var iin: String
        public var salt: String
        public var course: CourseInfo
        public var lang: String
        public var score: Double
        public var statusIndex: Int
    }

    /// `sha256$` + hex(SHA-256(identity ‖ salt)), Open Badges' IdentityHash.
    public static func identityHash(_ identity: String, salt: String) -> String {
        "sha256$" + SHA256.hex(of: Array((identity + salt).utf8))
    }

    public static func scoreText(_ score: Double) -> String {
        if score.rounded() == score { return String(Int(score)) }
        return String((score * 100).rounded() / 100)
    }

    public static func achievementID(issuer: IssuerProfile, course: CourseInfo) -> String {
        (issuer.url.hasSuffix("/") ? String(issuer.url.dropLast()) : issuer.url) + "/courses/\(course.courseID)/versions/\(course.version)"
    }

    public static func payload(_ claims: Claims) -> JSONValue {
        let achievementID = achievementID(issuer: claims.issuer, course: claims.course)
        let courseName = claims.course.title(lang: claims.lang)
        var criteria = "Passed the final exam of \(courseName) (\(claims.course.courseID), version \(claims.course.version))"
        var scoreDescription: [String: JSONValue] = [
            "id": .string(achievementID + "#score"),
            "type": .array([.string("ResultDescription")]),
            "name": .string("Final exam score"),
            "resultType": .string("Percent"),
            "valueMin": .string("0"),
            "valueMax": .string("100"),
        ]
        if let mark = claims.course.passMark {
            criteria += " with a score of at least \(scoreText(mark))%"
            scoreDescription["requiredValue"] = .string(scoreText(mark))
        }
        criteria += "."
        let statusURL = claims.issuer.statusListURL
        var credential: [String: JSONValue] = [
            "@context": .array([.string(vcContext), .string(obContext)]),
            "id": .string(claims.id),
            "type": .array([.string("VerifiableCredential"), .string("OpenBadgeCredential")]),
            "name": .string(courseName),
            "issuer": .object([
                "id": .string(claims.issuerDID),
                "type": .array([.string("Profile")]),
                "name": .string(claims.issuer.name),
                "url": .string(claims.issuer.url),
            ]),
            "validFrom": .string(ISOTime.string(seconds: claims.issuedAt)),
            "credentialSubject": .object([
                "id": .string(claims.subjectID),
                "type": .array([.string("AchievementSubject")]),
                "identifier": .array([
                    .object([
                        "type": .string("IdentityObject"),
                        "identityType": .string("name"),
                        "hashed": .bool(false),
                        "identityHash": .string(claims.learnerName),
                    ]),
                    .object([
                        "type": .string("IdentityObject"),
                        "identityType": .string("nationalIdentityNumber"),
                        "hashed": .bool(true),
                        "identityHash": .string(identityHash(claims.iin, salt: claims.salt)),
                        "salt": .string(claims.salt),
                    ]),
                ]),
                "achievement": .object([
                    "id": .string(achievementID),
                    "type": .array([.string("Achievement")]),
                    "achievementType": .string("Certificate"),
                    "name": .string(courseName),
                    "description": .string(claims.course.description(lang: claims.lang)),
                    "criteria": .object(["narrative": .string(criteria)]),
                    "inLanguage": .string(claims.lang),
                    "resultDescription": .array([.object(scoreDescription)]),
                ]),
                "result": .array([.object([
                    "type": .array([.string("Result")]),
                    "resultDescription": .string(achievementID + "#score"),
                    "value": .string(scoreText(claims.score)),
                    "status": .string("Completed"),
                ])]),
            ]),
            "credentialStatus": .object([
                "id": .string("\(statusURL)#\(claims.statusIndex)"),
                "type": .string("BitstringStatusListEntry"),
                "statusPurpose": .string("revocation"),
                "statusListIndex": .string(String(claims.statusIndex)),
                "statusListCredential": .string(statusURL),
            ]),
            "iss": .string(claims.issuerDID),
            "sub": .string(claims.subjectID),
            "jti": .string(claims.id),
            "nbf": .integer(claims.issuedAt),
        ]
        if let expiresAt = claims.expiresAt {
            credential["validUntil"] = .string(ISOTime.string(seconds: expiresAt))
            credential["exp"] = .integer(expiresAt)
        }
        return .object(credential)
    }
}
