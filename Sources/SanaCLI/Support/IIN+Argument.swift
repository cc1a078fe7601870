import Enrollment

extension IIN {
    /// An IIN a command was given, its problem as the command's error (`sana: error: IIN ...`).
    static func argument(_ text: String) throws -> IIN {
        do {
            return try IIN(text)
        } catch {
            throw EnrollmentError.invalidField(.iin(error))
        }
    }
}
