/// A learner after `Learners.edit`, with what changed (empty when every value was already so).
package struct EditedLearner: Codable, Sendable, Equatable {
    package let learner: LearnerProfile
    package let changes: [LearnerChange]

    package init(learner: LearnerProfile, changes: [LearnerChange]) {
        self.learner = learner
        self.changes = changes
    }
}
