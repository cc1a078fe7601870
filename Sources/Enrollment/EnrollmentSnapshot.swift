/// The columns of an enrollment an import may change, as they were before (see LearnerSnapshot).
package struct EnrollmentSnapshot: Codable, Equatable, Sendable {
    package var cohortId: Int64?
    package var status: String
    package var withdrawnAt: String?
    package var updatedAt: String
    package var batchId: Int64?

    enum CodingKeys: String, CodingKey {
        case status
        case cohortId = "cohort_id"
        case withdrawnAt = "withdrawn_at"
        case updatedAt = "updated_at"
        case batchId = "batch_id"
    }
}
