import Foundation
import SanaTestSupport
import Testing

/// Review options split (issue 13, case 8): course.yaml may set what the review shows part by
/// part, and the result shows exactly those parts.
@Suite struct ReviewOptionsTests {
    let sana = SanaBinary.built
    let work = TemporaryFolder()

    func result(review: String) throws -> String {
        let db = work.file("\(abs(review.hashValue)).db")
        let code = try QuizCommandsTests.prepare(sana, work, db: db, review: review)
        let run = try sana.run(["quiz", "take", "quiz", "--learner", QuizCommandsTests.iin, "--answers", "-", "--db", db],
                               environment: ["SANA_ACCESS_CODE": code], input: #"{"tf": false, "even": "2", "capital": "Алматы", "year": 1956}"#)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    @Test func theRightAnswerWithoutCorrectnessOrFeedback() throws {
        let out = try result(review: "\n    correctness: false\n    right_answer: true\n    feedback: false")
        // Every question with its right answer, none marked right or wrong, no feedback.
        #expect(out.contains("Аспан көк пе?\n   Your answer: false\n   Correct answer: true\n"), "\(out)")
        #expect(out.contains("Жұп санды таңдаңыз.\n   Your answer: 2\n   Correct answer: 2\n"))
        #expect(!out.contains("✓") && !out.contains("✗") && !out.contains("Дұрыс.") && !out.contains("Әдетте."))
    }

    @Test func correctnessAlone() throws {
        let out = try result(review: "\n    correctness: true\n    right_answer: false\n    feedback: false")
        #expect(out.contains("✗ Аспан көк пе?\n   Your answer: false\n"), "\(out)")
        #expect(out.contains("✓ Жұп санды таңдаңыз.\n   Your answer: 2\n"))
        #expect(!out.contains("Correct answer") && !out.contains("Дұрыс.") && !out.contains("Әдетте."))
    }

    @Test func aReviewPartThatIsNotTrueOrFalseIsAnError() throws {
        try QuizCommandsTests.writeCourse(in: work, review: "\n    correctness: yes please\n    right_answer: true")
        let check = try sana.run(["course", "check", "quiz"], in: work.path)
        #expect(check.status == 1)
        #expect(check.stderr.contains("quiz/course.yaml:21: error: missing key 'feedback' in 'review'\n"), "\(check.stderr)")
        #expect(check.stderr.contains("quiz/course.yaml:21: error: 'review.correctness' must be true or false, not 'yes please'\n"), "\(check.stderr)")
    }
}
