import Courses

/// An open attempt as the exam shows it: its questions in order with the answers given so far.
public struct AttemptSheet: Sendable, Equatable {
    public let attempt: Attempt
    public let course: String
    public let courseTitle: String
    public let exam: ExamDefinition
    /// 1 for the first attempt at this course version, and so on.
    public let attemptNumber: Int
    /// True when the attempt was already open (the learner is coming back to it).
    public let resumed: Bool
    public var items: [SheetItem]
    /// The token this process holds the attempt with (`QuizSessions.start`): writes carrying it
    /// are taken until another `start` takes the attempt over.
    public var session: String?
    /// The learner's accommodation at the course (extra minutes and attempts), for what the exam says.
    public var accommodation: Accommodation = .none

    /// Attempts the learner is allowed, extra ones included.
    public var attemptsAllowed: Int { exam.attempts + accommodation.extraAttempts }

    /// Minutes an attempt lasts for this learner, extra ones included.
    public var timeLimitMinutes: Int { exam.timeLimitMinutes + accommodation.extraMinutes }

    public init(attempt: Attempt, course: String, courseTitle: String, exam: ExamDefinition, attemptNumber: Int, resumed: Bool, items: [SheetItem], session: String? = nil) {
        self.attempt = attempt
        self.course = course
        self.courseTitle = courseTitle
        self.exam = exam
        self.attemptNumber = attemptNumber
        self.resumed = resumed
        self.items = items
        self.session = session
    }

    /// The index (0-based) of the first question without an answer, nil when all are answered.
    public var firstUnanswered: Int? {
        items.firstIndex { $0.response == nil }
    }

    public var answeredCount: Int {
        items.filter { $0.response != nil }.count
    }

    /// Positions (1-based) of the questions flagged for review.
    public var flaggedPositions: [Int] {
        items.filter(\.flagged).map(\.position)
    }

    /// Positions (1-based) of the questions without an answer.
    public var unansweredPositions: [Int] {
        items.filter { $0.response == nil }.map(\.position)
    }
}
