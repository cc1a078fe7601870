import SanaEncoding

/// The serialized credential of one course version, language and issuing run, with holes for what
/// differs between learners. Filling it gives byte for byte what `OpenBadgeCredential.payload(...).bytes`
/// gives, without building and sorting a JSON tree per certificate.
struct CredentialTemplate: Sendable {
    enum Field: UInt8, CaseIterable, Sendable {
        case id, subjectID, learnerName, identityHash, salt, score, statusIndex
    }

    private let pieces: [[UInt8]]
    private let holes: [Field]
    /// The payload's JSON with the holes marked: what the store keeps.
    let marked: [UInt8]

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
        self.init(marked: JSONValue.object(payload).bytes)
    }

    /// Whether credentials from this template publish the salt (older ones), or keep it as the
    /// holder code, off the credential.
    var publishesSalt: Bool { holes.contains(.salt) }

    /// A template from its marked text (as built above, or as kept in the store's
    /// `credential_template.payload`); nil unless every field has a hole.
    init?(marked bytes: [UInt8]) {
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
        // The salt (the holder code) has a hole only in templates from before it left the credential.
        guard Set(holes).union([.salt]) == Set(Field.allCases) else { return nil }
        self.pieces = pieces
        self.holes = holes
        marked = bytes
    }

    /// The values that fill the holes for one learner, indexed by `Field.rawValue`: strings
    /// JSON-escaped, the status index in decimal.
    static func values(id: String, subjectID: String, learnerName: String, identityHash: String, salt: String, score: String, statusIndex: Int) -> [[UInt8]] {
        func escaped(_ text: String) -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count)
            JSONValue.writeEscaped(text, to: &out)
            return out
        }
        var values = [[UInt8]](repeating: [], count: Field.allCases.count)
        values[Int(Field.id.rawValue)] = escaped(id)
        values[Int(Field.subjectID.rawValue)] = escaped(subjectID)
        values[Int(Field.learnerName.rawValue)] = escaped(learnerName)
        values[Int(Field.identityHash.rawValue)] = escaped(identityHash)
        values[Int(Field.salt.rawValue)] = escaped(salt)
        values[Int(Field.score.rawValue)] = escaped(score)
        values[Int(Field.statusIndex.rawValue)] = Array(String(statusIndex).utf8)
        return values
    }

    /// `values(...)` already in `CredentialParts`' encoding (the signature still to be appended),
    /// built in one buffer: what issuing stores, and fills the payload from (`fill(encoded:into:)`).
    static func encodedValues(id: String, subjectID: String, learnerName: String, identityHash: String, salt: String, score: String, statusIndex: Int) -> [UInt8] {
        var out: [UInt8] = [UInt8(Field.allCases.count)]
        out.reserveCapacity(512)
        func add(_ text: String) {
            let lengthAt = out.count
            out.append(0)
            JSONValue.writeEscaped(text, to: &out)
            var length = out.count - lengthAt - 1
            if length < 0x80 {
                out[lengthAt] = UInt8(length)
                return
            }
            var prefix: [UInt8] = []
            while length >= 0x80 {
                prefix.append(UInt8(length & 0x7f) | 0x80)
                length >>= 7
            }
            prefix.append(UInt8(length))
            out.replaceSubrange(lengthAt..<(lengthAt + 1), with: prefix)
        }
        // In Field order.
        add(id)
        add(subjectID)
        add(learnerName)
        add(identityHash)
        add(salt)
        add(score)
        add(String(statusIndex))
        return out
    }

    /// The payload filled from values in `CredentialParts`' encoding (with or without the signature
    /// after them), into `out` (emptied first, its capacity kept); false when they do not decode.
    @discardableResult
    func fill(encoded: [UInt8], into out: inout [UInt8]) -> Bool {
        let fields = Field.allCases.count
        return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: fields) { ranges in
            guard let count = encoded.first, Int(count) >= fields else { return false }
            var index = 1
            for field in 0..<fields {
                var length = 0
                var shift = 0
                while true {
                    guard index < encoded.count, shift < 28 else { return false }
                    let byte = encoded[index]
                    index += 1
                    length |= Int(byte & 0x7f) << shift
                    shift += 7
                    if byte < 0x80 { break }
                }
                guard length <= encoded.count - index else { return false }
                ranges[field] = index..<(index + length)
                index += length
            }
            out.removeAll(keepingCapacity: true)
            out.reserveCapacity(marked.count + 256)
            for (position, hole) in holes.enumerated() {
                out += pieces[position]
                out += encoded[ranges[Int(hole.rawValue)]]
            }
            out += pieces[pieces.count - 1]
            return true
        }
    }

    /// How many values `fill` reads: one per field.
    var holeCount: Int { Field.allCases.count }

    /// The payload with each hole filled by `values[hole]` (see `values(...)`).
    func fill(_ values: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        fill(values, into: &out)
        return out
    }

    /// `fill`, into `out` (emptied first, its capacity kept).
    func fill(_ values: [[UInt8]], into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(marked.count + 256)
        for (position, hole) in holes.enumerated() {
            out += pieces[position]
            out += values[Int(hole.rawValue)]
        }
        out += pieces[pieces.count - 1]
    }

    /// The payload for one learner.
    func fill(id: String, subjectID: String, learnerName: String, identityHash: String, salt: String, score: String, statusIndex: Int) -> [UInt8] {
        fill(Self.values(
            id: id, subjectID: subjectID, learnerName: learnerName, identityHash: identityHash, salt: salt,
            score: score, statusIndex: statusIndex
        ))
    }
}
