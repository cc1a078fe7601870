import SanaEncoding
import SanaStore
import Certificates
import Foundation
import SanaTestSupport
import Testing

/// `sana cert verify`'s reading on mutated files: certificates, status lists and trust files
/// (seeds: a real issued certificate, its status list and trust file, each as it is and unpacked:
/// header and payload as JSON text, so mutations reach numbers, strings and keys; the fuzzer
/// packs them back into a compact JWS). Properties: no crash, no hang, the checks in their
/// order, JSON that serializes to text that parses back the same; and soundness: a certificate is valid only with exactly the signed bytes and signature
/// issued, a status list is believed only with exactly the bytes signed, a trust file makes a
/// certificate valid only if it lists the key with a window holding the issue date.
@Suite struct VerifierFuzzTests {
    static let dictionary = [
        "\"", "\\u0000", "\\ud800", "\\udc00\\ud800", "\\u00e9", "{", "}", "[", "]", ":", ",", "null", "true", "false", "1e999", "-0", "0.5",
        "9223372036854775807", "-9223372036854775808", "99999999999999999999", "\"nbf\":", "\"exp\":", "\"kid\":", "\"alg\":\"none\"",
        "\"did:key:z6Mk", "#z6Mk", "did:key:", "\"validFrom\":\"", "\"validUntil\":\"", "2026-02-30T00:00:00Z", "9999-12-31T23:59:59Z",
        "0000-01-01T00:00:00Z", "\"statusListIndex\":\"", "\"encodedList\":\"u", "H4sI", ".", "..", "=", "+", "/", "_", "-", "\n.\n",
    ]

    /// A real certificate, its status list and trust file, and a verifier that trusts them.
    final class Material: @unchecked Sendable {
        let issued: VerifierTests.Issued
        let jws: String
        let holderCode: String?
        let signed: CompactJWS
        let statusJWS: String
        let statusSigned: CompactJWS
        let trust: TrustList
        let trustText: String
        let status: StatusListDocument
        let kid: String
        let did: String
        /// What differs from run to run (the key, ids, salt, signatures), and its stand-in in saved inputs.
        var placeholders: [(String, String)] = []
        let folder = TemporaryFolder()

        init() {
            issued = try! VerifierTests.Issued()
            jws = issued.jws
            holderCode = issued.holderCode
            signed = try! CompactJWS.parse(jws)
            trust = try! issued.fixture.trust()
            trustText = try! trust.jsonText()
            statusJWS = try! StatusListPublisher(store: issued.fixture.store, signer: issued.fixture.signer()).publish(now: VerifierTests.later).jws
            statusSigned = try! CompactJWS.parse(statusJWS)
            status = StatusListDocument(text: statusJWS, trust: trust)
            kid = signed.header["kid"]!.stringValue!
            did = String(kid.prefix { $0 != "#" })
            let payload = signed.payload
            let identity = payload["credentialSubject"]?["identifier"]?.arrayValue?.first { $0["hashed"]?.boolValue == true }
            let values: [(String, String?)] = [
                ("$KID", kid), ("$DID", did), ("$CID", payload["id"]?.stringValue), ("$SUB", payload["credentialSubject"]?["id"]?.stringValue),
                ("$HASH", identity?["identityHash"]?.stringValue), ("$SALT", identity?["salt"]?.stringValue),
                ("$IDX", payload["credentialStatus"]?["statusListIndex"]?.stringValue.map { "\"\($0)\"" }),
                ("$SIG", jws.split(separator: ".").last.map(String.init)), ("$LSIG", statusJWS.split(separator: ".").last.map(String.init)),
            ]
            placeholders = values.compactMap { name, value in value.map { (name, $0) } }
        }

        func verifier(trust: TrustList? = nil, status: StatusListDocument? = nil) -> Verifier {
            Verifier(trust: trust ?? self.trust, statusList: status ?? self.status, iin: VerifierTests.iin, holderCode: holderCode, now: VerifierTests.later)
        }
    }

    static let material = Material()

    /// `J` + a compact JWS as text, or `U` + header JSON, `\n.\n`, payload JSON, `\n.\n`, signature (base64url).
    /// In the unpacked form what differs from run to run (the key, ids, salt, signatures) stands as
    /// `$KID`, `$CID`, `$SIG` ..., so that the fuzzer's inputs, and a saved input, are the same on every run.
    static func unpack(_ jws: String) -> [UInt8] {
        let parts = jws.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        func generic(_ text: String) -> [UInt8] {
            Array(material.placeholders.reduce(text) { $0.replacingOccurrences(of: $1.1, with: $1.0) }.utf8)
        }
        let json = parts[..<2].map { generic(String(decoding: Base64URL.decode($0)!, as: UTF8.self)) }
        return Array("U".utf8) + json[0] + Array("\n.\n".utf8) + json[1] + Array("\n.\n".utf8) + generic(parts[2])
    }

    static func substitute(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "$")) else { return bytes }
        let text = String(decoding: bytes, as: UTF8.self)
        return Array(material.placeholders.reversed().reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }.utf8)
    }

    static func pack(_ input: [UInt8]) -> String {
        guard input.first == UInt8(ascii: "U") else { return String(decoding: input.dropFirst(), as: UTF8.self) }
        var parts: [[UInt8]] = [[]]
        var index = 1
        let separator = Array("\n.\n".utf8)
        while index < input.count {
            if parts.count < 3, input[index...].starts(with: separator) {
                parts.append([])
                index += separator.count
            } else {
                parts[parts.count - 1].append(input[index])
                index += 1
            }
        }
        while parts.count < 3 { parts.append([]) }
        return Base64URL.encode(substitute(parts[0])) + "." + Base64URL.encode(substitute(parts[1])) + "." + String(decoding: substitute(parts[2]), as: UTF8.self)
    }

    /// The same JSON value, numbers compared as numbers (JSON has no integer type: 1.0 and 1 are one).
    static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.integer(let x), .number(let y)), (.number(let y), .integer(let x)): return Double(x) == y
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.object(let x), .object(let y)): return x.count == y.count && x.allSatisfy { key, value in y[key].map { same(value, $0) } ?? false }
        default: return a == b
        }
    }

    static func sameSigned(_ text: String, as original: CompactJWS) -> Bool {
        guard let parsed = try? CompactJWS.parse(text) else { return false }
        return parsed.signingInput == original.signingInput && parsed.signature == original.signature
    }

    static func checksInOrder(_ report: VerificationReport) -> FuzzFailure? {
        let names = report.checks.map(\.name)
        var expected = VerificationCheck.names[...]
        for name in names {
            guard let index = expected.firstIndex(of: name) else {
                return FuzzFailure("checks out of order", names.joined(separator: ", "))
            }
            expected = expected[(index + 1)...]
        }
        return nil
    }

    // MARK: certificates

    /// Fixed: an nbf beyond the years a Date holds once crashed `sana cert verify`.
    static let knownKinds: [String: String] = [:]

    static func checkCertificate(_ input: [UInt8]) -> FuzzFailure? {
        let material = VerifierFuzzTests.material
        let text = pack(input)
        // JSON round trip: what parses, serialized, parses to the same value.
        if let jws = try? CompactJWS.parse(text) {
            for part in [jws.header, jws.payload] where !(JSONValue.parse(part.bytes).map { VerifierFuzzTests.same($0, part) } ?? false) {
                return FuzzFailure("JSON round trip", "\(part) serializes as \(String(decoding: part.bytes, as: UTF8.self))")
            }
        }
        let report = material.verifier().verify(text: text, file: "fuzz.jwt")
        if let failure = checksInOrder(report) { return failure }
        if report.verdict == .valid, !sameSigned(text, as: material.signed) {
            return FuzzFailure("a changed certificate verifies", text)
        }
        // Without trust or status list, nothing may pass as valid.
        let bare = Verifier(trust: nil, statusList: nil, iin: nil, now: VerifierTests.later).verify(text: text, file: "fuzz.jwt")
        if bare.verdict == .valid { return FuzzFailure("valid without a trust file", text) }
        return nil
    }

    @Test func mutatedCertificates() async {
        let material = VerifierFuzzTests.material
        let seeds = [Array("J".utf8) + Array(material.jws.utf8), VerifierFuzzTests.unpack(material.jws)]
        #expect(material.verifier().verify(text: material.jws, file: "c.jwt").verdict == .valid)
        let fuzzer = Fuzzer(target: "cert-verify", seeds: seeds, mutator: Mutator(dictionary: VerifierFuzzTests.dictionary, maxLength: 64 * 1024), iterations: 4000)
        let report = await fuzzer.run(VerifierFuzzTests.checkCertificate)
        print(report)
        FuzzKnownIssues.expect(report, known: VerifierFuzzTests.knownKinds)
    }

    // MARK: status lists

    static func checkStatusList(_ input: [UInt8]) -> FuzzFailure? {
        let material = VerifierFuzzTests.material
        let text = pack(input)
        let document = StatusListDocument(text: text, trust: material.trust)
        if document.problem == nil {
            if !sameSigned(text, as: material.statusSigned) { return FuzzFailure("a changed status list is believed", text) }
            if let bits = document.bits, bits.length < 131_072 || bits.length > Bitstring.decodeLimit * 8 {
                return FuzzFailure("status list length out of bounds", "\(bits.length) entries")
            }
        }
        let report = material.verifier(status: document).verify(text: material.jws, file: "c.jwt")
        if let failure = checksInOrder(report) { return failure }
        if report.verdict == .valid, document.problem != nil {
            return FuzzFailure("valid with a status list that cannot be used", document.problem ?? "")
        }
        return nil
    }

    @Test func mutatedStatusLists() async {
        let material = VerifierFuzzTests.material
        #expect(material.status.problem == nil)
        let seeds = [Array("J".utf8) + Array(material.statusJWS.utf8), VerifierFuzzTests.unpack(material.statusJWS)]
        let fuzzer = Fuzzer(target: "status-list", seeds: seeds, mutator: Mutator(dictionary: VerifierFuzzTests.dictionary, maxLength: 64 * 1024), iterations: 1500)
        let report = await fuzzer.run(VerifierFuzzTests.checkStatusList)
        print(report)
        FuzzKnownIssues.expect(report, known: [:])
    }

    // MARK: trust files

    static func checkTrustFile(_ input: [UInt8]) -> FuzzFailure? {
        let material = VerifierFuzzTests.material
        let path = material.folder.file("trust-\(UUID().uuidString).json")
        _ = FileManager.default.createFile(atPath: path, contents: Data(input))
        defer { unlink(path) }
        let trust: TrustList
        do {
            trust = try TrustList.load(path: path)
        } catch is CertificatesError {
            return nil
        } catch {
            return FuzzFailure("an error that is not a CertificatesError", "\(type(of: error)): \(error)")
        }
        let status = StatusListDocument(text: material.statusJWS, trust: trust)
        let report = material.verifier(trust: trust, status: status).verify(text: material.jws, file: "c.jwt")
        if let failure = checksInOrder(report) { return failure }
        if report.verdict == .valid {
            let kid = material.signed.header["kid"]?.stringValue ?? ""
            let nbf = material.signed.payload["nbf"]?.integerValue ?? 0
            guard let key = trust.key(kid: kid), let from = Timestamp.seconds(from: key.notBefore), from <= nbf,
                  key.notAfter.map({ Timestamp.seconds(from: $0).map { nbf <= $0 } ?? false }) ?? true
            else { return FuzzFailure("valid under a trust file without the key's window", String(decoding: input, as: UTF8.self)) }
        }
        return nil
    }

    @Test func mutatedTrustFiles() async {
        let material = VerifierFuzzTests.material
        let fuzzer = Fuzzer(target: "trust-file", seeds: [Array(material.trustText.utf8)], mutator: Mutator(dictionary: VerifierFuzzTests.dictionary, maxLength: 64 * 1024), iterations: 1500)
        let report = await fuzzer.run(VerifierFuzzTests.checkTrustFile)
        print(report)
        FuzzKnownIssues.expect(report, known: [:])
    }

    // MARK: regressions

    static func check(target: String, _ bytes: [UInt8]) -> FuzzFailure? {
        switch target {
        case "cert-verify":
            // The regression runs the real check, known crash or not (it runs in a child process).
            let material = VerifierFuzzTests.material
            let text = pack(bytes)
            let report = material.verifier().verify(text: text, file: "fuzz.jwt")
            return report.verdict == .valid && !sameSigned(text, as: material.signed) ? FuzzFailure("a changed certificate verifies", text) : checkCertificate(bytes)
        case "status-list": return checkStatusList(bytes)
        default: return checkTrustFile(bytes)
        }
    }

    @Test(arguments: ["cert-verify", "status-list", "trust-file"].flatMap(FuzzRegression.all))
    func regression(_ regression: FuzzRegression) async {
        await withKnownIssue(Comment(rawValue: regression.knownIssue ?? "")) {
            let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent], "\(regression)") { [regression = regression as FuzzRegression] in
                if let failure = regression.check({ VerifierFuzzTests.check(target: regression.target, $0) }) {
                    FileHandle.standardError.write(Data("\(failure)\n".utf8))
                }
            }
            // It ran to the end (a crash fails the exit test above): did every property hold?
            if let result {
                let failure = String(decoding: result.standardErrorContent, as: UTF8.self)
                #expect(failure.isEmpty, "\(regression): \(failure.suffix(3000))")
            }
        } when: {
            regression.knownIssue != nil
        }
    }
}
