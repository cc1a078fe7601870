/// What `ExamAdministration.reset` did: the attempts it voided (kept, no longer counting), the
/// open one it closed first (if any), and the attempts the learner has now.
package struct AttemptReset: Codable, Sendable, Equatable {
    package let iin: String
    package let course: String
    package let voided: [Int64]
    package let closed: Int64?
    package let attemptsLeft: Int
    package let reason: String
}
