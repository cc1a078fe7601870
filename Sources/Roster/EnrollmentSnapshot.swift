/// The columns of an enrollment an import may change, as they were before (see LearnerSnapshot).
struct EnrollmentSnapshot: Codable, Equatable {
    var cohortId: Int64?
    var status: String
    var withdrawnAt: String?
    var updatedAt: String
    var batchId: Int64?

    enum CodingKeys: String, CodingKey {
        case status
        case cohortId = "cohort_id"
        case withdrawnAt = "withdrawn_at"
        case updatedAt = "updated_at"
        case batchId = "batch_id"
    }
}
