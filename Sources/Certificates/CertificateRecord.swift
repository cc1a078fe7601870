import GRDB

/// A row of `certificate`: the signed credential as issued, kept forever (revocation only adds a row).
public struct CertificateRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "certificate"

    public var id: String
    public var code: String
    public var learnerId: Int64
    public var courseVersionId: Int64
    public var attemptId: Int64
    public var issuedAt: String
    public var kid: String
    public var statusIndex: Int
    public var credential: String

    enum CodingKeys: String, CodingKey {
        case id, code, kid, credential
        case learnerId = "learner_id"
        case courseVersionId = "course_version_id"
        case attemptId = "attempt_id"
        case issuedAt = "issued_at"
        case statusIndex = "status_index"
    }

    /// Finds a certificate by its `urn:uuid:` id or its human code (typed loosely).
    public static func find(_ db: Database, idOrCode: String) throws -> CertificateRecord {
        let key = idOrCode.trimmingSpaces
        if !HumanCode.looksLikeCode(key) {
            guard let record = try CertificateRecord.fetchOne(db, key: key) else { throw CertificatesError.certificateNotFound(key) }
            return record
        }
        guard let code = HumanCode.normalize(key) else { throw CertificatesError.invalidCode(key) }
        guard let record = try CertificateRecord.filter(Column("code") == code).fetchOne(db) else {
            throw CertificatesError.certificateNotFound(code)
        }
        return record
    }
}
