import Courses
import Enrollment
import Foundation
import GRDB
import Quizzes
import SanaStore
import Testing

/// Practice: a lesson's set for an enrolled learner, each answer graded at once with the right
/// answer and stored, nothing counted towards the exam; the report puts it beside the exam.
@Suite struct PracticeSessionsTests {
    let iin = QuizFixture.iin

    static let practice: [String: String] = {
        let gift = """
            ::p1::Is the sky green?{F#No: it is blue.#Right.####Look up on a clear day.}

            ::p2::Pick the even number.{=4#Right: it divides by two. ~7#No: 7 is odd. ~9#No: 9 is odd.####Even numbers divide by two.}

            ::p3::The river of the capital?{=Ishim =Esil =Есіл####Look at a map.}

            """
        return ["01-one.en.gift": gift, "01-one.kk.gift": gift]
    }()

    @Test func eachAnswerIsGradedAtOnceAndStoredWithoutTouchingTheExam() throws {
        let fixture = try QuizFixture(practice: PracticeSessionsTests.practice)
        let sessions = PracticeSessions(store: fixture.store)
        let set = try sessions.open(course: "mini", iin: iin, lesson: 1)
        #expect(set.language == .kk)
        #expect(set.lesson == 1)
        #expect(set.lessonTitle == "Бір")
        #expect(set.questions.map(\.id) == ["p1", "p2", "p3"])
        let wrong = try sessions.answer(set, qid: "p2", response: .choice(1), now: Clock.minutes(1))
        #expect(wrong.credit == 0)
        #expect(wrong.correctAnswer == "4")
        #expect(wrong.feedback == ["No: 7 is odd.", "Even numbers divide by two."])
        let right = try sessions.answer(set, qid: "p2", response: .choice(0), now: Clock.minutes(2))
        #expect(right.credit == 1)
        #expect(try sessions.answer(set, qid: "p3", response: .short("esil"), now: Clock.minutes(3)).credit == 1)
        let rows = try fixture.rows("SELECT learner_id, qid, lang, response, credit, answered_at FROM practice_answer ORDER BY id")
        #expect(rows.map { "\($0["qid"] as String) \($0["lang"] as String) \($0["response"] as String) \($0["credit"] as Double)" }
            == [#"p2 kk {"choice":1} 0.0"#, #"p2 kk {"choice":0} 1.0"#, #"p3 kk {"short":"esil"} 1.0"#])
        #expect(rows.map { $0["answered_at"] as String } == [1, 2, 3].map { Timestamp.string(from: Clock.minutes($0)) })
        // Never counts: no attempt, the enrollment still active.
        #expect(try fixture.rows("SELECT 1 FROM attempt").isEmpty)
        #expect(try fixture.rows("SELECT status FROM enrollment").map { $0["status"] as String } == ["active"])
        #expect(try sessions.open(course: "mini", iin: iin, lesson: 1, language: .en).language == .en)
    }

    @Test func refusals() throws {
        let fixture = try QuizFixture(practice: PracticeSessionsTests.practice)
        let sessions = PracticeSessions(store: fixture.store)
        #expect(throws: CoursesError.lessonNotFound(course: "mini", position: 2, count: 1)) {
            try sessions.open(course: "mini", iin: iin, lesson: 2)
        }
        #expect(throws: CoursesError.languageNotOffered(course: "mini", language: "ru", offered: ["en", "kk"])) {
            try sessions.open(course: "mini", iin: iin, lesson: 1, language: .ru)
        }
        #expect(throws: CoursesError.courseNotFound("nope")) {
            try sessions.open(course: "nope", iin: iin, lesson: 1)
        }
        let set = try sessions.open(course: "mini", iin: iin, lesson: 1)
        #expect(throws: QuizzesError.notInPractice(course: "mini", lesson: 1, qid: "a1")) {
            try sessions.answer(set, qid: "a1", response: .truefalse(true))
        }
        #expect(QuizzesError.notInPractice(course: "mini", lesson: 1, qid: "a1").description == "question a1 is not in the practice set of lesson 1 of mini")
        let withoutPractice = try QuizFixture()
        #expect(throws: QuizzesError.noPractice(course: "mini", lesson: 1)) {
            try PracticeSessions(store: withoutPractice.store).open(course: "mini", iin: iin, lesson: 1)
        }
        #expect(QuizzesError.noPractice(course: "mini", lesson: 1).description == "lesson 1 of mini has no practice questions")
        let notEnrolled = try QuizFixture(enroll: false, practice: PracticeSessionsTests.practice)
        try Learners(store: notEnrolled.store).add(try LearnerDraft(iin: iin.digits, lastName: "Серікова", firstName: "Айгерім"))
        #expect(throws: EnrollmentError.notEnrolled(iin: iin.digits, course: "mini")) {
            try PracticeSessions(store: notEnrolled.store).open(course: "mini", iin: iin, lesson: 1)
        }
    }

    @Test func theReportPutsPracticeBesideTheBestExamScore() throws {
        let fixture = try QuizFixture(exam: "time_limit_minutes: 30\n  attempts: 2\n  cooldown_minutes: 0\n  pass_mark: 70\n  grading: last\n  review: score",
                                      practice: PracticeSessionsTests.practice)
        let results = PracticeResults(store: fixture.store)
        #expect(try results.standings(course: "mini") == [])
        let sessions = PracticeSessions(store: fixture.store)
        let set = try sessions.open(course: "mini", iin: iin, lesson: 1)
        _ = try sessions.answer(set, qid: "p1", response: .truefalse(true))
        _ = try sessions.answer(set, qid: "p1", response: .truefalse(false))
        _ = try sessions.answer(set, qid: "p2", response: .choice(0))
        // Two exam attempts: all right, then nothing; the best counts here though grading is 'last'.
        let first = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(0))
        for item in first.items {
            try fixture.sessions.answer(attemptId: first.attempt.id, qid: item.question.id, response: QuizFixture.right[item.question.id]!, now: Clock.minutes(1))
        }
        _ = try fixture.sessions.submit(attemptId: first.attempt.id, now: Clock.minutes(2))
        let second = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(3))
        _ = try fixture.sessions.submit(attemptId: second.attempt.id, now: Clock.minutes(4))
        let standings = try results.standings(course: "mini")
        #expect(standings == [PracticeStanding(
            iin: iin.digits, name: "Серікова Айгерім", institution: "ҚазҰУ", practiceAnswered: 3, practiceQuestions: 2,
            practiceMeanCredit: 2.0 / 3.0, examAttempts: 2, bestExamScore: 100)])
        #expect(throws: CoursesError.courseNotFound("nope")) { try results.standings(course: "nope") }
    }
}
