/// What `ExamAdministration.reopen` did: which attempt is open again, for how long, until when.
package struct AttemptReopening: Codable, Sendable, Equatable {
    package let iin: String
    package let course: String
    package let attempt: Int64
    package let minutes: Int
    package let deadline: String
    package let reason: String
}
