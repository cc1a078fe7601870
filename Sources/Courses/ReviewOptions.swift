/// What a learner sees of each question after submitting, each part on its own: whether each
/// answer was right (✓ ✗), the right answer, and the feedback. `review:` in course.yaml gives
/// them as a mapping, or as one of the words of `ReviewPolicy`.
package struct ReviewOptions: Codable, Sendable, Equatable {
    package var correctness: Bool
    package var rightAnswer: Bool
    package var feedback: Bool

    package init(correctness: Bool, rightAnswer: Bool, feedback: Bool) {
        self.correctness = correctness
        self.rightAnswer = rightAnswer
        self.feedback = feedback
    }

    /// `score`: nothing; `correctness`: right or wrong, and the feedback; `answers`: all three.
    package init(policy: ReviewPolicy) {
        switch policy {
        case .score: self.init(correctness: false, rightAnswer: false, feedback: false)
        case .correctness: self.init(correctness: true, rightAnswer: false, feedback: true)
        case .answers: self.init(correctness: true, rightAnswer: true, feedback: true)
        }
    }

    /// Whether the review shows the questions at all.
    package var showsAnything: Bool {
        correctness || rightAnswer || feedback
    }

    /// The word that says the most these options show without saying more (for reports).
    package var policy: ReviewPolicy {
        if rightAnswer { return .answers }
        return correctness || feedback ? .correctness : .score
    }

    /// `correctness+feedback`, as course.yaml names the parts; `none` when nothing is shown.
    package var summary: String {
        let parts = [(correctness, "correctness"), (rightAnswer, "right_answer"), (feedback, "feedback")].filter(\.0).map(\.1)
        return parts.isEmpty ? "none" : parts.joined(separator: "+")
    }
}
