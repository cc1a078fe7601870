import Foundation
import SanaConcurrency
import SanaEncoding
import SanaStore

/// Checks certificate files offline, with no store: the JWS and its Ed25519 signature, the key
/// against a pinned trust file and its validity window, revocation against a given status list,
/// dates, the Open Badges fields, and (optionally) the holder's IIN.
package struct Verifier: Sendable {
    package let trust: TrustList?
    package let statusList: StatusListDocument?
    package let iin: String?
    /// The holder code from the holder's printout, normalized and without hyphens
    /// (`HumanCode.compact`): with the IIN it checks a certificate that keeps its salt off the file.
    package let holderCode: String?
    package let now: Int64
    /// Each trusted key's window in seconds, read once.
    private let windows: [String: (from: Int64, until: Int64?)]

    package init(trust: TrustList?, statusList: StatusListDocument?, iin: String?, holderCode: String? = nil, now: Date = Date()) {
        self.trust = trust
        self.statusList = statusList
        self.iin = iin
        self.holderCode = holderCode
        self.now = Timestamp.seconds(now)
        var windows: [String: (from: Int64, until: Int64?)] = [:]
        for key in trust?.keys ?? [] {
            windows[key.kid] = (Timestamp.seconds(from: key.notBefore) ?? Int64.max, key.notAfter.flatMap(Timestamp.seconds(from:)))
        }
        self.windows = windows
    }

    /// Verifies many files on all cores, in order.
    package func verify(files: [String]) -> [VerificationReport] {
        (try? ConcurrentMap.map(files.count, state: { VerifierCache() }) { cache, index in
            let file = files[index]
            do {
                return self.verify(text: try OutputFile.read(file), file: file, cache: cache)
            } catch {
                return VerificationReport(file: file, checks: [VerificationCheck("readable", .undecided, "\(error)")], summary: nil)
            }
        }) ?? []
    }

    package func verify(text: String, file: String) -> VerificationReport {
        verify(text: text, file: file, cache: VerifierCache())
    }

    func verify(text: String, file: String, cache: VerifierCache) -> VerificationReport {
        var checks: [VerificationCheck] = []
        let jws: CompactJWS
        do {
            jws = try CompactJWS.parse(text)
        } catch {
            return VerificationReport(file: file, checks: [VerificationCheck("well-formed", .failed, error.reason)] + skippedRest(after: "well-formed"), summary: nil)
        }
        let header = jws.header
        let payload = jws.payload
        let summary = CertificateSummary(payload: payload)
        guard header["alg"]?.stringValue == "EdDSA" else {
            let alg = header["alg"]?.stringValue ?? "none given"
            return VerificationReport(file: file, checks: [VerificationCheck("well-formed", .failed, "header alg is \(alg), not EdDSA")] + skippedRest(after: "well-formed"), summary: summary)
        }
        guard let kid = header["kid"]?.stringValue, let didKey = cache.didKey(kid), kid.contains("#") else {
            return VerificationReport(file: file, checks: [VerificationCheck("well-formed", .failed, "header kid is not an Ed25519 did:key URL")] + skippedRest(after: "well-formed"), summary: summary)
        }
        if let typ = header["typ"]?.stringValue, typ != "JWT" {
            return VerificationReport(file: file, checks: [VerificationCheck("well-formed", .failed, "header typ is \(typ), not JWT")] + skippedRest(after: "well-formed"), summary: summary)
        }
        checks.append(VerificationCheck("well-formed", .passed, "compact JWS, EdDSA, key \(kid)"))

        // signature: the kid names the key itself, so this needs no trust file.
        let signatureOK = cache.context(for: kid, key: didKey)?.verify(signature: jws.signature, message: jws.signingInput) ?? false
        checks.append(signatureOK
            ? VerificationCheck("signature", .passed, "Ed25519 signature verifies with the key in kid")
            : VerificationCheck("signature", .failed, "the Ed25519 signature does not match the header and payload for key \(kid)"))

        // key trusted
        let trusted = trust?.key(kid: kid)
        if let trust {
            if let trusted {
                let issuerID = payload["issuer"]?["id"]?.stringValue
                let iss = payload["iss"]?.stringValue
                if let compromised = trusted.compromisedAt {
                    checks.append(VerificationCheck("key trusted", .failed, "key \(kid) was reported compromised on \(compromised): nothing it signed can be trusted"))
                } else if issuerID != trusted.did || iss != trusted.did {
                    checks.append(VerificationCheck("key trusted", .failed, "the credential's issuer (\(issuerID ?? "none")) and iss (\(iss ?? "none")) must both be \(trusted.did)"))
                } else {
                    checks.append(VerificationCheck("key trusted", .passed, "key is in the trust file of \(trust.issuerName ?? "the issuer")"))
                }
            } else {
                checks.append(VerificationCheck("key trusted", .failed, "key \(kid) is not in the trust file"))
            }
        } else {
            checks.append(VerificationCheck("key trusted", .undecided, "no trust file given (--trust): cannot tell whether \(didKey.did) is the issuer's key"))
        }

        // key valid when issued
        let nbf = payload["nbf"]?.integerValue
        if let trusted, let nbf {
            let (from, until) = windows[trusted.kid] ?? (Int64.max, nil)
            if nbf < from {
                checks.append(VerificationCheck("key valid when issued", .failed, "issued \(Timestamp.iso(seconds: nbf)), before the key was valid (\(trusted.notBefore))"))
            } else if let until, nbf > until {
                checks.append(VerificationCheck("key valid when issued", .failed, "issued \(Timestamp.iso(seconds: nbf)), after the key was retired (\(Timestamp.iso(seconds: until)))"))
            } else {
                let window = "\(trusted.notBefore) to \(trusted.notAfter ?? "now")"
                checks.append(VerificationCheck("key valid when issued", .passed, "issued \(Timestamp.iso(seconds: nbf)), within the key's window \(window)"))
            }
        } else if trust == nil {
            checks.append(VerificationCheck("key valid when issued", .undecided, "no trust file given (--trust): the key's validity window is unknown"))
        } else if trusted == nil {
            checks.append(VerificationCheck("key valid when issued", .skipped, "the key is not trusted"))
        } else {
            checks.append(VerificationCheck("key valid when issued", .failed, "the credential has no nbf claim"))
        }

        checks.append(revocationCheck(payload, issuedAt: nbf))
        checks.append(datesCheck(payload))
        checks.append(openBadgesCheck(payload, header: header))
        if let iin { checks.append(identityCheck(payload, iin: iin)) }
        return VerificationReport(file: file, checks: checks, summary: summary)
    }

    private func skippedRest(after name: String) -> [VerificationCheck] {
        VerificationCheck.names.drop { $0 != name }.dropFirst().filter { $0 != "identity" || iin != nil }.map {
            VerificationCheck($0, .skipped, "the file is not a well-formed certificate")
        }
    }

    private func revocationCheck(_ payload: JSONValue, issuedAt: Int64?) -> VerificationCheck {
        let name = "not revoked"
        guard let status = payload["credentialStatus"] else {
            return VerificationCheck(name, .passed, "the certificate names no status list")
        }
        guard status["type"]?.stringValue == "BitstringStatusListEntry", status["statusPurpose"]?.stringValue == "revocation",
              let listURL = status["statusListCredential"]?.stringValue,
              let indexText = status["statusListIndex"]?.stringValue, let index = Int(indexText), index >= 0 else {
            return VerificationCheck(name, .failed, "credentialStatus is not a revocation BitstringStatusListEntry")
        }
        guard let statusList else {
            return VerificationCheck(name, .undecided, "the certificate names status list \(listURL) but none was given (--status FILE): cannot tell whether it is revoked")
        }
        if let problem = statusList.problem {
            return VerificationCheck(name, .undecided, problem)
        }
        guard statusList.url == listURL, let bits = statusList.bits else {
            return VerificationCheck(name, .undecided, "the status list given is \(statusList.url ?? "unnamed"), the certificate names \(listURL)")
        }
        guard index < bits.length else {
            return VerificationCheck(name, .undecided, "index \(index) is beyond the status list's \(bits.length) entries")
        }
        let asOf = statusList.publishedAt.map { " (status list of \($0))" } ?? ""
        if bits.isSet(index) {
            return VerificationCheck(name, .failed, "revoked: status list index \(index) is set\(asOf)")
        }
        // An old list cannot show a later revocation: it must be current, and newer than the certificate.
        guard let published = statusList.validFrom, let until = statusList.validUntil else {
            return VerificationCheck(name, .undecided, "the status list carries no publication date: cannot tell how current it is")
        }
        if let issuedAt, published < issuedAt {
            return VerificationCheck(name, .undecided, "the status list was published \(Timestamp.iso(seconds: published)), before the certificate was issued (\(Timestamp.iso(seconds: issuedAt))): get the issuer's current list")
        }
        if now >= until {
            return VerificationCheck(name, .undecided, "the status list (published \(Timestamp.iso(seconds: published))) expired on \(Timestamp.iso(seconds: until)): get the issuer's current list")
        }
        return VerificationCheck(name, .passed, "not revoked\(asOf), list current until \(Timestamp.iso(seconds: until))")
    }

    private func datesCheck(_ payload: JSONValue) -> VerificationCheck {
        let name = "dates"
        guard let validFromText = payload["validFrom"]?.stringValue, let validFrom = Timestamp.seconds(from: validFromText) else {
            return VerificationCheck(name, .failed, "validFrom is missing or not a date")
        }
        guard let nbf = payload["nbf"]?.integerValue, nbf == validFrom else {
            return VerificationCheck(name, .failed, "nbf must be present and equal validFrom (\(validFromText))")
        }
        let untilText = payload["validUntil"]?.stringValue
        let exp = payload["exp"]?.integerValue
        var validUntil: Int64?
        if untilText != nil || exp != nil {
            guard let untilText, let until = Timestamp.seconds(from: untilText), exp == until else {
                return VerificationCheck(name, .failed, "exp and validUntil must both be present and equal")
            }
            validUntil = until
        }
        let nowText = Timestamp.iso(seconds: now)
        if now < validFrom {
            return VerificationCheck(name, .failed, "not valid yet: valid from \(validFromText), now is \(nowText)")
        }
        if let validUntil, now >= validUntil {
            return VerificationCheck(name, .failed, "expired on \(Timestamp.iso(seconds: validUntil)), now is \(nowText)")
        }
        return VerificationCheck(name, .passed, "valid from \(validFromText)" + (validUntil.map { " until \(Timestamp.iso(seconds: $0))" } ?? ", no expiry"))
    }

    private func openBadgesCheck(_ payload: JSONValue, header: JSONValue) -> VerificationCheck {
        var missing: [String] = []
        func need(_ condition: Bool, _ what: String) {
            if !condition { missing.append(what) }
        }
        let context = payload["@context"]?.stringList ?? []
        need(context.first == OpenBadgeCredential.vcContext, "@context starting with \(OpenBadgeCredential.vcContext)")
        need(context.contains { $0.hasPrefix("https://purl.imsglobal.org/spec/ob/v3p0/context") }, "the Open Badges 3.0 @context")
        let types = payload["type"]?.stringList ?? []
        need(types.contains("VerifiableCredential") && (types.contains("OpenBadgeCredential") || types.contains("AchievementCredential")), "type VerifiableCredential, OpenBadgeCredential")
        let id = payload["id"]?.stringValue
        need(id?.hasPrefix("urn:uuid:") == true, "id (urn:uuid)")
        need(payload["issuer"]?["id"]?.stringValue != nil, "issuer.id")
        need(payload["issuer"]?["type"]?.stringList?.contains("Profile") == true, "issuer.type Profile")
        need(payload["issuer"]?["name"]?.stringValue != nil, "issuer.name")
        need(payload["validFrom"]?.stringValue != nil, "validFrom")
        let subject = payload["credentialSubject"]
        need(subject?["type"]?.stringList?.contains("AchievementSubject") == true, "credentialSubject.type AchievementSubject")
        need(subject?["id"]?.stringValue != nil || subject?["identifier"]?.arrayValue?.isEmpty == false, "credentialSubject.id or identifier")
        let achievement = subject?["achievement"]
        need(achievement?["id"]?.stringValue != nil, "achievement.id")
        need(achievement?["type"]?.stringList?.contains("Achievement") == true, "achievement.type Achievement")
        need(achievement?["name"]?.stringValue != nil, "achievement.name")
        need(achievement?["description"]?.stringValue != nil, "achievement.description")
        need(achievement?["criteria"]?.objectValue != nil, "achievement.criteria")
        need(payload["jti"]?.stringValue == id, "jti equal to id")
        need(payload["sub"]?.stringValue == subject?["id"]?.stringValue, "sub equal to credentialSubject.id")
        if missing.isEmpty {
            return VerificationCheck("Open Badges fields", .passed, "OpenBadgeCredential with the required fields")
        }
        return VerificationCheck("Open Badges fields", .failed, "missing or wrong: " + missing.joined(separator: "; "))
    }

    private func identityCheck(_ payload: JSONValue, iin: String) -> VerificationCheck {
        let hashed = payload["credentialSubject"]?["identifier"]?.arrayValue?.filter {
            $0["hashed"]?.boolValue == true && $0["identityType"]?.stringValue == "nationalIdentityNumber"
        } ?? []
        guard let identity = hashed.first, let hash = identity["identityHash"]?.stringValue else {
            return VerificationCheck("identity", .failed, "the certificate carries no hashed IIN")
        }
        // Older certificates publish their salt; newer ones keep it off the file, as the holder code.
        guard let salt = identity["salt"]?.stringValue ?? holderCode else {
            return VerificationCheck("identity", .undecided, "checking an IIN needs the holder code from the holder's printout (--holder-code)")
        }
        if OpenBadgeCredential.identityHash(iin, salt: salt) == hash {
            return VerificationCheck("identity", .passed, "the IIN given is the holder's")
        }
        return VerificationCheck("identity", .failed, "the IIN given is not the holder's")
    }
}
