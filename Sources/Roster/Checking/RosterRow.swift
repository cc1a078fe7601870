import Enrollment

/// A roster row that passed validation: the learner's fields, and where to enroll them.
public struct RosterRow: Sendable, Equatable {
    public let line: Int
    public let learner: LearnerDraft
    public let university: String
    public let course: String
    public let cohort: String?
}
