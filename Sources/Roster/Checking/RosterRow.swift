import Enrollment

/// A roster row that passed validation: the learner's fields, and where to enroll them.
package struct RosterRow: Sendable, Equatable {
    package let line: Int
    package let learner: LearnerDraft
    package let university: String
    package let course: String
    package let cohort: String?
}
