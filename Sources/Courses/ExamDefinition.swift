/// The final exam of a course, as `course.yaml` defines it under `exam:`.
package struct ExamDefinition: Codable, Sendable, Equatable {
    package var pools: [PoolDraw]
    package var timeLimitMinutes: Int
    /// Attempts allowed per learner and course version.
    package var attempts: Int
    /// Minutes a learner waits after one attempt before starting the next.
    package var cooldownMinutes: Int
    /// The score in percent (0...100) needed to pass.
    package var passMark: Double
    package var grading: GradingMethod
    package var review: ReviewPolicy
    /// Whether a learner must have been shown every lesson before an attempt starts (`requires_lessons`).
    package var requiresLessons: Bool
    /// The review's parts when course.yaml sets them one by one; nil when `review` is a word.
    package var reviewOptions: ReviewOptions?

    /// What the review shows: the parts set one by one, else those the word stands for.
    package var reviewShows: ReviewOptions {
        reviewOptions ?? ReviewOptions(policy: review)
    }

    package init(
        pools: [PoolDraw], timeLimitMinutes: Int, attempts: Int, cooldownMinutes: Int, passMark: Double, grading: GradingMethod, review: ReviewPolicy,
        requiresLessons: Bool = false, reviewOptions: ReviewOptions? = nil
    ) {
        self.pools = pools
        self.timeLimitMinutes = timeLimitMinutes
        self.attempts = attempts
        self.cooldownMinutes = cooldownMinutes
        self.passMark = passMark
        self.grading = grading
        self.review = review
        self.requiresLessons = requiresLessons
        self.reviewOptions = reviewOptions
    }

    private enum CodingKeys: String, CodingKey {
        case pools, timeLimitMinutes, attempts, cooldownMinutes, passMark, grading, review, requiresLessons, reviewOptions
    }

    /// Course versions stored before `requires_lessons` and review options existed read as not
    /// requiring lessons, with the review their word gives.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        pools = try container.decode([PoolDraw].self, forKey: .pools)
        timeLimitMinutes = try container.decode(Int.self, forKey: .timeLimitMinutes)
        attempts = try container.decode(Int.self, forKey: .attempts)
        cooldownMinutes = try container.decode(Int.self, forKey: .cooldownMinutes)
        passMark = try container.decode(Double.self, forKey: .passMark)
        grading = try container.decode(GradingMethod.self, forKey: .grading)
        review = try container.decode(ReviewPolicy.self, forKey: .review)
        requiresLessons = try container.decodeIfPresent(Bool.self, forKey: .requiresLessons) ?? false
        reviewOptions = try container.decodeIfPresent(ReviewOptions.self, forKey: .reviewOptions)
    }

    /// The bounds `course check` holds the exam to: a day at most per attempt, a year at most between
    /// attempts, 100 attempts, 1000 questions from one pool.
    package static let timeLimitRange = 1...1440
    package static let cooldownRange = 0...525_600
    package static let attemptsRange = 1...100
    package static let drawRange = 1...1000

    /// How many questions one attempt has: the draws added up.
    package var questionsPerAttempt: Int {
        pools.reduce(0) { $0 + $1.draw }
    }
}
