/// One learner's practice beside their exam, for `sana report practice`.
package struct PracticeStanding: Codable, Sendable, Equatable {
    package let iin: String
    package let name: String
    package let institution: String?
    /// Practice answers given (a question practised twice counts twice), and distinct questions practised.
    package let practiceAnswered: Int
    package let practiceQuestions: Int
    /// The mean credit (0...1) of those answers; nil without practice.
    package let practiceMeanCredit: Double?
    /// Submitted exam attempts, and the best score among them (percent); nil without one.
    package let examAttempts: Int
    package let bestExamScore: Double?

    package init(iin: String, name: String, institution: String?, practiceAnswered: Int, practiceQuestions: Int,
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
