import Courses
import Enrollment
import Foundation
import GRDB
import Quizzes
import SanaStore
import Testing

@Suite struct QuizSessionsTests {
    let iin = QuizFixture.iin

    func answerAllRight(_ fixture: QuizFixture, _ sheet: AttemptSheet, at now: Date) throws {
        for item in sheet.items {
            try fixture.sessions.answer(attemptId: sheet.attempt.id, qid: item.question.id, response: QuizFixture.right[item.question.id]!, now: now)
        }
    }

    @Test func startDrawsStoresItemsAndResumesWithTheSameOrder() throws {
        let fixture = try QuizFixture()
        let first = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(0))
        #expect(first.items.count == 4)
        #expect(!first.resumed)
        #expect(first.attempt.language == .kk)
        #expect(first.attempt.deadline == Timestamp.string(from: Clock.minutes(30)))
        try fixture.sessions.answer(attemptId: first.attempt.id, qid: first.items[0].question.id, response: QuizFixture.right[first.items[0].question.id]!, now: Clock.minutes(1))
        let again = try fixture.sessions.start(course: "mini", iin: iin, language: .en, now: Clock.minutes(2))
        #expect(again.resumed)
        #expect(again.attempt.id == first.attempt.id)
        #expect(again.items.map(\.question.id) == first.items.map(\.question.id))
        #expect(again.items.map(\.optionOrder) == first.items.map(\.optionOrder))
        #expect(again.firstUnanswered == 1)
        #expect(again.attempt.language == .kk)
        let inspection = try AttemptInspection.inspect(fixture.store, attemptId: first.attempt.id)
        #expect(inspection.reproduces)
        // Tampering with a stored option order is caught by the re-derivation.
        try fixture.store.write { db in
            try db.execute(sql: "UPDATE attempt SET seed = seed + 1 WHERE id = ?", arguments: [first.attempt.id])
        }
        #expect(try !AttemptInspection.inspect(fixture.store, attemptId: first.attempt.id).reproduces)
    }

    @Test func answersAreUpsertedAndRefusedOutsideTheAttempt() throws {
        let fixture = try QuizFixture()
        let sheet = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(0))
        let qid = sheet.items[0].question.id
        try fixture.sessions.answer(attemptId: sheet.attempt.id, qid: qid, response: .short("x"), now: Clock.minutes(1))
        try fixture.sessions.answer(attemptId: sheet.attempt.id, qid: qid, response: .short("y"), now: Clock.minutes(2))
        let rows = try fixture.rows("SELECT response FROM answer WHERE attempt_id = ?", [sheet.attempt.id])
        #expect(rows.map { $0["response"] as String } == [#"{"short":"y"}"#])
        #expect(throws: QuizzesError.notInAttempt(attempt: sheet.attempt.id, qid: "zz")) {
            try fixture.sessions.answer(attemptId: sheet.attempt.id, qid: "zz", response: .short("y"), now: Clock.minutes(2))
        }
        _ = try fixture.sessions.submit(attemptId: sheet.attempt.id, now: Clock.minutes(3))
        #expect(throws: QuizzesError.attemptSubmitted(sheet.attempt.id)) {
            try fixture.sessions.answer(attemptId: sheet.attempt.id, qid: qid, response: .short("z"), now: Clock.minutes(4))
        }
    }

    @Test func gradingAllRightPassesAndCompletesTheEnrollment() throws {
        let fixture = try QuizFixture()
        try fixture.store.write { db in
            try db.execute(sql: "INSERT INTO import_batch (id, file_name, file_sha256, format, actor, started_at) VALUES (7, 'r.csv', ?, 'csv', 't', 'now')", arguments: [String(repeating: "0", count: 64)])
            try db.execute(sql: "UPDATE enrollment SET batch_id = 7, updated_at = '2000-01-01 00:00:00.000'")
        }
        let sheet = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(0))
        try answerAllRight(fixture, sheet, at: Clock.minutes(1))
        let result = try fixture.sessions.submit(attemptId: sheet.attempt.id, now: Clock.minutes(2))
        #expect(result.score == 100)
        #expect(result.passed)
        #expect(result.submittedBy == .learner)
        #expect(result.items.count == 4)
        #expect(result.items.allSatisfy { $0.credit == 1 && $0.correctAnswer != nil })
        let enrollment = try fixture.rows("SELECT status, completed_at, batch_id, updated_at FROM enrollment")[0]
        #expect(enrollment["status"] as String == "completed")
        #expect(enrollment["completed_at"] as String == Timestamp.string(from: Clock.minutes(2)))
        #expect(enrollment["batch_id"] as Int64? == nil)
        #expect(enrollment["updated_at"] as String > "2000-01-01 00:00:00.000")
        // The certificates contract: a submitted, passed attempt.
        let eligible = try fixture.rows("SELECT count(*) AS n FROM attempt WHERE submitted_at IS NOT NULL AND passed = 1")[0]
        #expect(eligible["n"] as Int == 1)
        // Every drawn item has its credit, answered ones on the answer too.
        #expect(try fixture.rows("SELECT credit FROM attempt_item").allSatisfy { $0["credit"] as Double == 1 })
        #expect(try fixture.rows("SELECT credit FROM answer").allSatisfy { $0["credit"] as Double == 1 })
        // Submitting again changes nothing.
        #expect(try fixture.sessions.submit(attemptId: sheet.attempt.id, now: Clock.minutes(9)) == result)
    }

    @Test func partialAnswersScoreInProportionAndUnansweredCountZero() throws {
        let fixture = try QuizFixture()
        let sheet = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(0))
        let first = sheet.items[0].question.id
        try fixture.sessions.answer(attemptId: sheet.attempt.id, qid: first, response: QuizFixture.right[first]!, now: Clock.minutes(1))
        let result = try fixture.sessions.submit(attemptId: sheet.attempt.id, now: Clock.minutes(2))
        #expect(result.score == 25)
        #expect(!result.passed)
        #expect(result.answered == 1)
        #expect(result.attemptsLeft == 1)
        #expect(result.nextAttemptAt == Timestamp.string(from: Clock.minutes(62)))
        #expect(try fixture.rows("SELECT status FROM enrollment")[0]["status"] as String == "active")
        #expect(try fixture.rows("SELECT count(*) AS n FROM attempt_item WHERE credit = 0")[0]["n"] as Int == 3)
    }

    @Test func attemptLimitAndCooldown() throws {
        let fixture = try QuizFixture()
        let one = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(0))
        _ = try fixture.sessions.submit(attemptId: one.attempt.id, now: Clock.minutes(5))
        #expect(throws: QuizzesError.coolingDown(iin: iin.digits, course: "mini", until: Timestamp.string(from: Clock.minutes(65)))) {
            try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(64))
        }
        #expect(QuizzesError.coolingDown(iin: iin.digits, course: "mini", until: "2027-01-15 08:05:00.000").description
            == "learner 040115500005 may start the next attempt at mini at 2027-01-15 08:05 UTC (the wait between attempts)")
        let two = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(65))
        #expect(two.attemptNumber == 2)
        #expect(two.attempt.seed != one.attempt.seed)
        _ = try fixture.sessions.submit(attemptId: two.attempt.id, now: Clock.minutes(70))
        #expect(throws: QuizzesError.attemptsExhausted(iin: iin.digits, course: "mini", allowed: 2)) {
            try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(1000))
        }
        #expect(QuizzesError.attemptsExhausted(iin: iin.digits, course: "mini", allowed: 2).description == "learner 040115500005 has used all 2 attempts at mini")
    }

    @Test func hugeLimitsStoredBeforeTheyWereCheckedDoNotTrap() throws {
        // A version imported before `course check` bounded these numbers: every `quiz take` trapped on
        // `minutes * 60`, and with the huge wait every one after a submission.
        let fixture = try QuizFixture()
        try fixture.store.write { db in
            try db.execute(sql: "UPDATE course_version SET definition = json_set(definition, '$.exam.timeLimitMinutes', 9223372036854775807, '$.exam.cooldownMinutes', 9223372036854775807)")
        }
        let sheet = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(0))
        #expect(sheet.attempt.deadline == "9999-12-31 23:59:59.000")
        _ = try fixture.sessions.submit(attemptId: sheet.attempt.id, now: Clock.minutes(5))
        #expect(throws: QuizzesError.coolingDown(iin: iin.digits, course: "mini", until: "9999-12-31 23:59:59.000")) {
            try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(10))
        }
    }

    @Test func anAnswerAfterTheDeadlineIsRefusedAndTheAttemptSubmittedByExpiry() throws {
        let fixture = try QuizFixture()
        let sheet = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(0))
        let (a, b) = (sheet.items[0].question.id, sheet.items[1].question.id)
        try fixture.sessions.answer(attemptId: sheet.attempt.id, qid: a, response: QuizFixture.right[a]!, now: Clock.minutes(29.9))
        #expect(throws: QuizzesError.deadlinePassed(attempt: sheet.attempt.id, deadline: sheet.attempt.deadline)) {
            try fixture.sessions.answer(attemptId: sheet.attempt.id, qid: b, response: QuizFixture.right[b]!, now: Clock.minutes(30))
        }
        let result = try fixture.sessions.result(attemptId: sheet.attempt.id)
        #expect(result.submittedBy == .expiry)
        #expect(result.submittedAt == sheet.attempt.deadline)
        #expect(result.answered == 1)
        #expect(result.score == 25)
    }

    @Test func anExpiredAttemptIsSubmittedAtTheNextContactOrByExpireForAll() throws {
        let fixture = try QuizFixture()
        let sheet = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(0))
        #expect(try fixture.sessions.expireOverdue(now: Clock.minutes(29)) == [])
        // Next contact, long after: the open attempt is submitted by expiry at its deadline, and
        // the cooldown counts from there, so a new attempt can start.
        let next = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(200))
        #expect(next.attempt.id != sheet.attempt.id)
        let old = try fixture.sessions.result(attemptId: sheet.attempt.id)
        #expect(old.submittedBy == .expiry)
        #expect(old.submittedAt == Timestamp.string(from: Clock.minutes(30)))
        #expect(try fixture.sessions.expireOverdue(now: Clock.minutes(231)) == [next.attempt.id])
        #expect(try fixture.rows("SELECT action FROM audit_log WHERE action = 'quiz.expire'").count == 1)
    }

    @Test func onlyEnrolledLearnersStartAndTheLanguageMustBeOffered() throws {
        let fixture = try QuizFixture(enroll: false)
        try Learners(store: fixture.store).add(try LearnerDraft(iin: iin.digits, lastName: "A", firstName: "B"))
        #expect(throws: EnrollmentError.notEnrolled(iin: iin.digits, course: "mini")) {
            try fixture.sessions.start(course: "mini", iin: iin)
        }
        #expect(throws: EnrollmentError.learnerNotFound(iin: "991201600009")) {
            try fixture.sessions.start(course: "mini", iin: try IIN("991201600009"))
        }
        try fixture.store.write { try $0.execute(sql: "INSERT INTO enrollment (learner_id, course_id, status, enrolled_at, withdrawn_at, updated_at) VALUES (1, 'mini', 'withdrawn', 'x', 'x', 'x')") }
        #expect(throws: EnrollmentError.notEnrolled(iin: iin.digits, course: "mini")) {
            try fixture.sessions.start(course: "mini", iin: iin)
        }
        try fixture.store.write { try $0.execute(sql: "UPDATE enrollment SET status = 'active', withdrawn_at = NULL") }
        #expect(throws: CoursesError.languageNotOffered(course: "mini", language: "ru", offered: ["en", "kk"])) {
            try fixture.sessions.start(course: "mini", iin: iin, language: .ru)
        }
        // The learner's locale (kk) is offered: it is the default.
        #expect(try fixture.sessions.start(course: "mini", iin: iin).attempt.language == .kk)
    }

    @Test func twoWritersOnOneAttemptLoseNothing() throws {
        let fixture = try QuizFixture()
        let sheet = try fixture.sessions.start(course: "mini", iin: iin)
        let other = try Store.open(at: fixture.test.path)
        let sessions = [fixture.sessions, QuizSessions(store: other)]
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for round in 0..<25 {
                for item in sheet.items {
                    do {
                        try sessions[worker].answer(attemptId: sheet.attempt.id, qid: item.question.id, response: .short("w\(worker)r\(round)"))
                    } catch {
                        failures.add("\(error)")
                    }
                }
            }
        }
        #expect(failures.all == [])
        let rows = try fixture.rows("SELECT qid, response FROM answer WHERE attempt_id = ?", [sheet.attempt.id])
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { ($0["response"] as String).hasSuffix(#"r24"}"#) })
    }
}

final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    func add(_ failure: String) {
        lock.lock()
        list.append(failure)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
