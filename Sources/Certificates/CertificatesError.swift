import SanaStore

/// What can go wrong in Certificates; each case names the values involved.
package enum CertificatesError: SanaError, Equatable {
    case keyFileExists(path: String)
    case keyFileMissing(path: String)
    case keyFileUnreadable(path: String, reason: String)
    case keyFileNotWritable(path: String, reason: String)
    case keyTooOpen(path: String, mode: String)
    case notAnEd25519Key(path: String)
    case noSigningKey
    case signingKeyExists(kid: String)
    case keyMismatch(path: String, kid: String)
    case retiredKey(path: String, kid: String, notAfter: String)
    case issuerNotSet
    case invalidIssuerURL(String)
    case unknownCourse(String)
    case learnerNotFound(iin: String)
    case invalidIIN(String)
    case notEligible(iin: String, course: String)
    case certificateNotFound(String)
    case invalidCode(String)
    case alreadyRevoked(id: String)
    case emptyReason
    case statusListFull(capacity: Int)
    case concurrentIssuance
    case fileExists(path: String)
    case noCertificatesFound(folder: String)
    case alreadyCompromised(kid: String)
    case notCompromised(kid: String)
    case unknownKey(String)
    case ambiguousKey(String, matches: Int)
    case cannotWrite(path: String, reason: String)
    /// A run stored `stored` certificates, then could not write one's file: a rerun writes them.
    case filesNotWritten(path: String, reason: String, stored: Int)
    case cannotRead(path: String, reason: String)
    case malformedTrustFile(path: String, reason: String)
    case malformedStatusList(reason: String)
    case compression(String)
    case damagedCredential(id: String)
    case invalidVerifyURL(String, reason: String)

    package var description: String {
        switch self {
        case .keyFileExists(let path):
            return "key file \(path) already exists: refusing to overwrite it"
        case .keyFileMissing(let path):
            return "no private key at \(path): run 'sana cert keygen' or pass --key PATH"
        case .keyFileUnreadable(let path, let reason):
            return "cannot read private key \(path): \(reason)"
        case .keyFileNotWritable(let path, let reason):
            return "cannot write private key \(path): \(reason)"
        case .keyTooOpen(let path, let mode):
            return "private key \(path) has mode \(mode), so group or others can access it: refusing to use it (run 'chmod 600 \(path)')"
        case .notAnEd25519Key(let path):
            return "\(path) is not an Ed25519 private key in PEM"
        case .noSigningKey:
            return "no signing key is registered in the store: run 'sana cert keygen'"
        case .signingKeyExists(let kid):
            return "signing key \(kid) is already registered and current: use 'sana cert rotate' to replace it"
        case .keyMismatch(let path, let kid):
            return "private key \(path) does not match the current signing key \(kid)"
        case .retiredKey(let path, let kid, let notAfter):
            return "private key \(path) is \(kid), retired at \(notAfter): a retired key signs nothing"
        case .issuerNotSet:
            return "the issuer's name and URL are not set: run 'sana cert issuer --name NAME --url URL'"
        case .invalidIssuerURL(let url):
            return "issuer URL '\(url)' must start with https:// or http://"
        case .unknownCourse(let course):
            return "no course \(course) in the store"
        case .learnerNotFound(let iin):
            return "no learner with IIN \(iin)"
        case .invalidIIN(let problem):
            return problem
        case .notEligible(let iin, let course):
            return "learner \(iin) has no passed attempt in \(course) without a certificate"
        case .certificateNotFound(let key):
            return "no certificate \(key) in the store"
        case .invalidCode(let code):
            return "'\(code)' is not a certificate code: its check character does not match"
        case .alreadyRevoked(let id):
            return "certificate \(id) is already revoked"
        case .emptyReason:
            return "a revocation needs a reason (--reason TEXT)"
        case .statusListFull(let capacity):
            return "the status list is full (\(capacity) entries)"
        case .concurrentIssuance:
            return "another 'sana cert issue' wrote the same certificates at the same time: run it again"
        case .notCompromised(let kid):
            return "key \(kid) is not marked compromised: reissuing is for certificates of a compromised key ('sana cert compromise KEYID' first)"
        case .alreadyCompromised(let kid):
            return "key \(kid) is already marked compromised"
        case .unknownKey(let key):
            return "no signing key \(key) in the store ('sana cert keys' lists them)"
        case .ambiguousKey(let key, let matches):
            return "\(matches) signing keys match \(key): give more of the key id"
        case .noCertificatesFound(let folder):
            return "no certificates found in \(folder): expected .jwt or .jws files"
        case .fileExists(let path):
            return "\(path) already exists: refusing to overwrite it"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .filesNotWritten(let path, let reason, let stored):
            let kept = stored == 1 ? "1 certificate was stored before that and keeps its place" : "\(stored) certificates were stored before that and keep their place"
            return "cannot write \(path): \(reason); \(kept): free some space and run the same command again, which writes every missing file"
        case .cannotRead(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .malformedTrustFile(let path, let reason):
            return "trust file \(path) is malformed: \(reason)"
        case .malformedStatusList(let reason):
            return "status list is malformed: \(reason)"
        case .compression(let reason):
            return "gzip failed: \(reason)"
        case .damagedCredential(let id):
            return "the stored credential of certificate \(id) cannot be rebuilt: its template or parts are damaged"
        case .invalidVerifyURL(let url, let reason):
            return "verification page URL '\(url)' \(reason)"
        }
    }
}
