import Courses
import Foundation
import Testing

/// The exam's newer options (issue 13): course versions stored before them read as they were.
@Suite struct ExamOptionsTests {
    @Test func anExamStoredBeforeTheNewOptionsReadsAsBefore() throws {
        let stored = #"{"attempts":3,"cooldownMinutes":0,"grading":"highest","passMark":70,"pools":[{"draw":1,"pool":"p"}],"review":"correctness","timeLimitMinutes":45}"#
        let exam = try JSONDecoder().decode(ExamDefinition.self, from: Data(stored.utf8))
        #expect(exam.requiresLessons == false)
        #expect(exam.reviewOptions == nil)
        #expect(exam.reviewShows == ReviewOptions(correctness: true, rightAnswer: false, feedback: true))
        let again = try JSONDecoder().decode(ExamDefinition.self, from: try JSONEncoder().encode(exam))
        #expect(again == exam)
    }

    @Test func reviewWordsAndParts() {
        #expect(ReviewOptions(policy: .score).showsAnything == false)
        #expect(ReviewOptions(policy: .answers) == ReviewOptions(correctness: true, rightAnswer: true, feedback: true))
        #expect(ReviewOptions(correctness: false, rightAnswer: false, feedback: true).policy == .correctness)
        #expect(ReviewOptions(correctness: true, rightAnswer: false, feedback: false).summary == "correctness")
    }
}
