/// The serialized credential of one course version, language and issuing run, with holes for what
/// differs between learners. Filling it gives byte for byte what `OpenBadgeCredential.payload(...).bytes`
/// gives, without building and sorting a JSON tree per certificate.
struct CredentialTemplate: Sendable {
    enum Field: UInt8, CaseIterable, Sendable {
        case id, subjectID, learnerName, identityHash, salt, score, statusIndex
    }

    private let pieces: [[UInt8]]
    private let holes: [Field]

    /// A marker that JSON escaping leaves as it is (DEL, 0x7f) around the field's number.
    private static func marker(_ field: Field) -> String {
        "\u{7f}\u{7f}\(field.rawValue)\u{7f}"
    }

    /// nil when the fixed text itself holds a DEL character, so holes could not be found reliably.
    init?(issuer: IssuerProfile, issuerDID: String, issuedAt: Int64, expiresAt: Int64?, course: CourseInfo, lang: String) {
        let claims = OpenBadgeCredential.Claims(
            id: Self.marker(.id), issuer: issuer, issuerDID: issuerDID, issuedAt: issuedAt, expiresAt: expiresAt,
            subjectID: Self.marker(.subjectID), learnerName: Self.marker(.learnerName), iin: "", salt: Self.marker(.salt),
            course: course, lang: lang, score: 0, statusIndex: 0
        )
        var payload = OpenBadgeCredential.payload(claims).objectValue ?? [:]
        // identityHash and score and statusIndex are computed from their inputs: put markers in directly.
        guard var subject = payload["credentialSubject"]?.objectValue,
              var identifiers = subject["identifier"]?.arrayValue, identifiers.count == 2,
              var hashed = identifiers[1].objectValue,
              var result = subject["result"]?.arrayValue?.first?.objectValue,
              var status = payload["credentialStatus"]?.objectValue else { return nil }
        hashed["identityHash"] = .string(Self.marker(.identityHash))
        identifiers[1] = .object(hashed)
        subject["identifier"] = .array(identifiers)
        result["value"] = .string(Self.marker(.score))
        subject["result"] = .array([.object(result)])
        payload["credentialSubject"] = .object(subject)
        let statusURL = issuer.statusListURL
        status["id"] = .string(statusURL + "#" + Self.marker(.statusIndex))
        status["statusListIndex"] = .string(Self.marker(.statusIndex))
        payload["credentialStatus"] = .object(status)
        let bytes = JSONValue.object(payload).bytes

        var pieces: [[UInt8]] = []
        var holes: [Field] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x7f {
                guard index + 3 < bytes.count, bytes[index + 1] == 0x7f, bytes[index + 3] == 0x7f,
                      let field = Field(rawValue: bytes[index + 2] &- 48) else { return nil }
                pieces.append(current)
                current = []
                holes.append(field)
                index += 4
            } else {
                current.append(bytes[index])
                index += 1
            }
        }
        pieces.append(current)
        guard Set(holes) == Set(Field.allCases) else { return nil }
        self.pieces = pieces
        self.holes = holes
    }

    /// The payload for one learner.
    func fill(id: String, subjectID: String, learnerName: String, identityHash: String, salt: String, score: String, statusIndex: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(pieces.reduce(0) { $0 + $1.count } + 256)
        let index = String(statusIndex)
        for (position, hole) in holes.enumerated() {
            out += pieces[position]
            switch hole {
            case .id: JSONValue.writeEscaped(id, to: &out)
            case .subjectID: JSONValue.writeEscaped(subjectID, to: &out)
            case .learnerName: JSONValue.writeEscaped(learnerName, to: &out)
            case .identityHash: JSONValue.writeEscaped(identityHash, to: &out)
            case .salt: JSONValue.writeEscaped(salt, to: &out)
            case .score: JSONValue.writeEscaped(score, to: &out)
            case .statusIndex: out += Array(index.utf8)
            }
        }
        out += pieces[pieces.count - 1]
        return out
    }
}
