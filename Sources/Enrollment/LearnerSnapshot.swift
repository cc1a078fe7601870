/// The columns of a learner row an import may change, as they were before: kept as JSON in
/// import_change so that a batch can be reverted exactly.
package struct LearnerSnapshot: Codable, Equatable, Sendable {
    package var lastName: String
    package var firstName: String
    package var middleName: String?
    package var email: String?
    package var institutionId: Int64?
    package var faculty: String?
    package var studyGroup: String?
    /// Nil in snapshots recorded before student numbers could be imported (as in those with none).
    package var studentNumber: String?
    package var locale: String
    package var updatedAt: String
    package var batchId: Int64?

    enum CodingKeys: String, CodingKey {
        case email, faculty, locale
        case lastName = "last_name"
        case firstName = "first_name"
        case middleName = "middle_name"
        case institutionId = "institution_id"
        case studyGroup = "study_group"
        case studentNumber = "student_number"
        case updatedAt = "updated_at"
        case batchId = "batch_id"
    }
}
