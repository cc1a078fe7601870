/// The columns of a learner row an import may change, as they were before: kept as JSON in
/// import_change so that a batch can be reverted exactly.
struct LearnerSnapshot: Codable, Equatable {
    var lastName: String
    var firstName: String
    var middleName: String?
    var email: String?
    var institutionId: Int64?
    var faculty: String?
    var studyGroup: String?
    var locale: String
    var updatedAt: String
    var batchId: Int64?

    enum CodingKeys: String, CodingKey {
        case email, faculty, locale
        case lastName = "last_name"
        case firstName = "first_name"
        case middleName = "middle_name"
        case institutionId = "institution_id"
        case studyGroup = "study_group"
        case updatedAt = "updated_at"
        case batchId = "batch_id"
    }
}
