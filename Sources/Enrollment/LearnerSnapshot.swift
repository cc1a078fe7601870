/// The columns of a learner row an import may change, as they were before: kept as JSON in
/// import_change so that a batch can be reverted exactly.
public struct LearnerSnapshot: Codable, Equatable, Sendable {
    public var lastName: String
    public var firstName: String
    public var middleName: String?
    public var email: String?
    public var institutionId: Int64?
    public var faculty: String?
    public var studyGroup: String?
    /// Nil in snapshots recorded before student numbers could be imported (as in those with none).
    public var studentNumber: String?
    public var locale: String
    public var updatedAt: String
    public var batchId: Int64?

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
