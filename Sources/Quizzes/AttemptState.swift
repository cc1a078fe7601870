/// What a terminal sitting an attempt checks while the learner types: whether it still holds the
/// attempt, whether the attempt is paused or submitted, and its deadline (which a pause moves on).
public struct AttemptState: Sendable, Equatable {
    public let session: String?
    public let deadline: String
    public let pausedUntil: String?
    public let submitted: Bool

    public init(session: String?, deadline: String, pausedUntil: String?, submitted: Bool) {
        self.session = session
        self.deadline = deadline
        self.pausedUntil = pausedUntil
        self.submitted = submitted
    }
}
