/// The columns of an enrollment an import may change, as they were before (see LearnerSnapshot).
public struct EnrollmentSnapshot: Codable, Equatable, Sendable {
    public var cohortId: Int64?
    public var status: String
    public var withdrawnAt: String?
    public var updatedAt: String
    public var batchId: Int64?

    enum CodingKeys: String, CodingKey {
        case status
        case cohortId = "cohort_id"
        case withdrawnAt = "withdrawn_at"
        case updatedAt = "updated_at"
        case batchId = "batch_id"
    }
}
