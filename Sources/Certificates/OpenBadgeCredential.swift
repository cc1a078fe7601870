import SanaCrypto
import SanaEncoding
import SanaStore

/// Builds the Open Badges 3.0 `OpenBadgeCredential` (VC data model 2.0) that a certificate signs,
/// with the JWT claims `iss`, `sub`, `jti`, `nbf` (and `exp`) beside it, as OB 3.0 §8.2 puts them.
package enum OpenBadgeCredential {
    package static let vcContext = "https://www.w3.org/ns/credentials/v2"
    package static let obContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"

    /// Everything one certificate says.
    package struct Claims: Sendable {
        package var id: String
        package var issuer: IssuerProfile
        package var issuerDID: String
        package var issuedAt: Int64
        package var expiresAt: Int64?
        package var subjectID: String
        package var learnerName: String
        package var iin: String
        /// The holder code (the identity hash's salt). It stays off the credential, so that
        /// nobody holding only the `.jwt` can test IIN guesses offline; the holder's printout
        /// carries it. Only a credential that cannot be stored as a template keeps it inside
        /// (`publishesSalt`), as every credential did before.
        package var salt: String
        package var publishesSalt = false
        package var course: CourseInfo
        package var lang: String
        package var score: Double
        package var statusIndex: Int
    }

    /// `sha256$` + hex(SHA-256(identity ‖ salt)), Open Badges' IdentityHash.
    package static func identityHash(_ identity: String, salt: String) -> String {
        "sha256$" + SHA256.hex(of: Array((identity + salt).utf8))
    }

    /// The IIN's hash with the holder's salt: a published salt as it stands, a holder code (kept off
    /// the credential) as a verifier's page reads it, upper case without hyphens.
    static func holderHash(_ iin: String, salt: String, published: Bool) -> String {
        identityHash(iin, salt: published ? salt : HumanCode.compact(salt))
    }

    /// The hashed IIN (Open Badges' IdentityObject), its salt left out unless `publishesSalt`.
    static func nationalIdentity(_ claims: Claims) -> [String: JSONValue] {
        var object: [String: JSONValue] = [
            "type": .string("IdentityObject"),
            "identityType": .string("nationalIdentityNumber"),
            "hashed": .bool(true),
            "identityHash": .string(holderHash(claims.iin, salt: claims.salt, published: claims.publishesSalt)),
        ]
        if claims.publishesSalt { object["salt"] = .string(claims.salt) }
        return object
    }

    /// What the learner did to earn the certificate, in the certificate's language, with the pass mark.
    static func criteriaNarrative(course: CourseInfo, name: String, lang: String) -> String {
        let version = "\(course.courseID), \(lang == "kk" ? "\(course.version)-нұсқа" : lang == "ru" ? "версия \(course.version)" : "version \(course.version)")"
        guard let mark = course.passMark.map({ scoreText($0) + "%" }) else {
            switch lang {
            case "kk": return "«\(name)» курсының қорытынды емтиханын тапсырды (\(version))."
            case "ru": return "Сдал(а) итоговый экзамен курса «\(name)» (\(version))."
            default: return "Passed the final exam of \(name) (\(version))."
            }
        }
        switch lang {
        case "kk": return "«\(name)» курсының қорытынды емтиханын кемінде \(mark) нәтижемен тапсырды (\(version))."
        case "ru": return "Сдал(а) итоговый экзамен курса «\(name)» с результатом не ниже \(mark) (\(version))."
        default: return "Passed the final exam of \(name) (\(version)) with a score of at least \(mark)."
        }
    }

    package static func scoreText(_ score: Double) -> String {
        if score.rounded() == score { return String(Int(score)) }
        return String((score * 100).rounded() / 100)
    }

    package static func achievementID(issuer: IssuerProfile, course: CourseInfo) -> String {
        (issuer.url.hasSuffix("/") ? String(issuer.url.dropLast()) : issuer.url) + "/courses/\(course.courseID)/versions/\(course.version)"
    }

    package static func payload(_ claims: Claims) -> JSONValue {
        let achievementID = achievementID(issuer: claims.issuer, course: claims.course)
        let courseName = claims.course.title(lang: claims.lang)
        let criteria = criteriaNarrative(course: claims.course, name: courseName, lang: claims.lang)
        var scoreDescription: [String: JSONValue] = [
            "id": .string(achievementID + "#score"),
            "type": .array([.string("ResultDescription")]),
            "name": .string(CertificateLabels.forLanguage(claims.lang).score),
            "resultType": .string("Percent"),
            "valueMin": .string("0"),
            "valueMax": .string("100"),
        ]
        if let mark = claims.course.passMark {
            scoreDescription["requiredValue"] = .string(scoreText(mark))
        }
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
            "validFrom": .string(Timestamp.iso(seconds: claims.issuedAt)),
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
                    .object(nationalIdentity(claims)),
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
            credential["validUntil"] = .string(Timestamp.iso(seconds: expiresAt))
            credential["exp"] = .integer(expiresAt)
        }
        return .object(credential)
    }
}
