import Courses

/// An open attempt as the exam shows it: its questions in order with the answers given so far.
package struct AttemptSheet: Sendable, Equatable {
    package let attempt: Attempt
    package let course: String
    package let courseTitle: String
    package let exam: ExamDefinition
    /// 1 for the first attempt at this course version, and so on.
    package let attemptNumber: Int
    /// True when the attempt was already open (the learner is coming back to it).
    package let resumed: Bool
    package var items: [SheetItem]
    /// The token this process holds the attempt with (`QuizSessions.start`): writes carrying it
    /// are taken until another `start` takes the attempt over.
    package var session: String?
    /// The learner's accommodation at the course (extra minutes and attempts), for what the exam says.
    package var accommodation: Accommodation = .none

    /// Attempts the learner is allowed, extra ones included.
    package var attemptsAllowed: Int { exam.attempts + accommodation.extraAttempts }

    /// Minutes an attempt lasts for this learner, extra ones included.
    package var timeLimitMinutes: Int { exam.timeLimitMinutes + accommodation.extraMinutes }

    package init(attempt: Attempt, course: String, courseTitle: String, exam: ExamDefinition, attemptNumber: Int, resumed: Bool, items: [SheetItem], session: String? = nil) {
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
    package var firstUnanswered: Int? {
        items.firstIndex { $0.response == nil }
    }

    package var answeredCount: Int {
        items.filter { $0.response != nil }.count
    }

    /// Positions (1-based) of the questions flagged for review.
    package var flaggedPositions: [Int] {
        items.filter(\.flagged).map(\.position)
    }

    /// Positions (1-based) of the questions without an answer.
    package var unansweredPositions: [Int] {
        items.filter { $0.response == nil }.map(\.position)
    }
}
