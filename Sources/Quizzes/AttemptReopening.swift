/// What `ExamAdministration.reopen` did: which attempt is open again, for how long, until when.
public struct AttemptReopening: Codable, Sendable, Equatable {
    public let iin: String
    public let course: String
    public let attempt: Int64
    public let minutes: Int
    public let deadline: String
    public let reason: String
}
