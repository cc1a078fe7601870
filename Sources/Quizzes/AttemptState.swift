/// What a terminal sitting an attempt checks while the learner types: whether it still holds the
/// attempt, whether the attempt is paused or submitted, and its deadline (which a pause moves on).
package struct AttemptState: Sendable, Equatable {
    package let session: String?
    package let deadline: String
    package let pausedUntil: String?
    package let submitted: Bool

    package init(session: String?, deadline: String, pausedUntil: String?, submitted: Bool) {
        self.session = session
        self.deadline = deadline
        self.pausedUntil = pausedUntil
        self.submitted = submitted
    }
}
