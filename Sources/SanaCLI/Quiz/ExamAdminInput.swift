import Enrollment

/// Input checks the exam's admin commands share.
enum ExamAdminInput {
    /// `--learner` as an IIN, or the IIN's own error.
    static func iin(_ text: String) throws -> IIN {
        do {
            return try IIN(text)
        } catch {
            throw EnrollmentError.invalidField(.iin(error))
        }
    }
}
