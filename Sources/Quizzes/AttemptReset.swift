/// What `ExamAdministration.reset` did: the attempts it voided (kept, no longer counting), the
/// open one it closed first (if any), and the attempts the learner has now.
public struct AttemptReset: Codable, Sendable, Equatable {
    public let iin: String
    public let course: String
    public let voided: [Int64]
    public let closed: Int64?
    public let attemptsLeft: Int
    public let reason: String
}
