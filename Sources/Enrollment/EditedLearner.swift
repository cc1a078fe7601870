/// A learner after `Learners.edit`, with what changed (empty when every value was already so).
public struct EditedLearner: Codable, Sendable, Equatable {
    public let learner: LearnerProfile
    public let changes: [LearnerChange]

    public init(learner: LearnerProfile, changes: [LearnerChange]) {
        self.learner = learner
        self.changes = changes
    }
}
