import ArgumentParser
import Enrollment

/// `--clear FIELD`: help lists only the fields that can be cleared; naming another is refused by
/// the command with the fix (give the value instead).
extension LearnerEdit.Field: ExpressibleByArgument {
    package static var allValueStrings: [String] {
        allCases.filter(\.isClearable).map(\.rawValue)
    }
}
