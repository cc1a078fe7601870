/// One learner's practice beside their exam, for `sana report practice`.
public struct PracticeStanding: Codable, Sendable, Equatable {
    public let iin: String
    public let name: String
    public let institution: String?
    /// Practice answers given (a question practised twice counts twice), and distinct questions practised.
    public let practiceAnswered: Int
    public let practiceQuestions: Int
    /// The mean credit (0...1) of those answers; nil without practice.
    public let practiceMeanCredit: Double?
    /// Submitted exam attempts, and the best score among them (percent); nil without one.
    public let examAttempts: Int
    public let bestExamScore: Double?

    public init(iin: String, name: String, institution: String?, practiceAnswered: Int, practiceQuestions: Int,
                practiceMeanCredit: Double?, examAttempts: Int, bestExamScore: Double?) {
        self.iin = iin
        self.name = name
        self.institution = institution
        self.practiceAnswered = practiceAnswered
        self.practiceQuestions = practiceQuestions
        self.practiceMeanCredit = practiceMeanCredit
        self.examAttempts = examAttempts
        self.bestExamScore = bestExamScore
    }
}
