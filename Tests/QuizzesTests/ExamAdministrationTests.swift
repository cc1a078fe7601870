import Courses
import Enrollment
import Foundation
import GRDB
@testable import Quizzes
import SanaStore
import Testing

/// Issue 14, exam administration: `quiz reset` gives attempts back (kept, not counting),
/// accommodations widen the policy, `quiz reopen` re-opens a submitted attempt; each audited.
@Suite struct ExamAdministrationTests {
    let iin = QuizFixture.iin

    /// Sits one attempt, answering every question right or leaving them all blank, and submits it.
    @discardableResult
    func sit(_ fixture: QuizFixture, right: Bool, at minute: Double, iin: IIN = QuizFixture.iin) throws -> AttemptResult {
        let sheet = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(minute))
        if right {
            for item in sheet.items {
                try fixture.sessions.answer(attemptId: sheet.attempt.id, qid: item.question.id, response: QuizFixture.right[item.question.id]!, now: Clock.minutes(minute + 1))
            }
        }
        return try fixture.sessions.submit(attemptId: sheet.attempt.id, now: Clock.minutes(minute + 2))
    }

    func audit(_ fixture: QuizFixture, _ action: String) throws -> [Row] {
        try fixture.rows("SELECT actor, subject, detail FROM audit_log WHERE action = ? ORDER BY id", [action])
    }

    @Test func resetGivesAttemptsBackKeepsThemAndClosesAnOpenOne() throws {
        let fixture = try QuizFixture()
        try sit(fixture, right: false, at: 0)
        try sit(fixture, right: false, at: 100)
        #expect(throws: QuizzesError.attemptsExhausted(iin: iin.digits, course: "mini", allowed: 2)) {
            try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(200))
        }
        let reset = try ExamAdministration(store: fixture.store).reset(iin: iin, course: "mini", reason: "power cut in room 204", now: Clock.minutes(201))
        #expect(reset.voided == [1, 2])
        #expect(reset.closed == nil)
        #expect(reset.attemptsLeft == 2)
        // Kept for the record, marked, and no longer counted: a new attempt starts, numbered 1.
        let kept = try fixture.rows("SELECT id, voided_at, voided_reason, score FROM attempt ORDER BY id")
        #expect(kept.map { $0["voided_reason"] as String? } == ["power cut in room 204", "power cut in room 204"])
        #expect(kept.allSatisfy { ($0["score"] as Double?) == 0 })
        let fresh = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(202))
        #expect(fresh.attemptNumber == 1)
        // A second reset closes the open attempt first (graded as it stands) and voids it too.
        let again = try ExamAdministration(store: fixture.store).reset(iin: iin, course: "mini", reason: "wrong room", now: Clock.minutes(203))
        #expect(again.closed == fresh.attempt.id)
        #expect(again.voided == [fresh.attempt.id])
        let closed = try fixture.rows("SELECT submitted_by, submitted_at, voided_at FROM attempt WHERE id = ?", [fresh.attempt.id])[0]
        #expect(closed["submitted_by"] as String == "expiry")
        #expect(closed["submitted_at"] as String == Timestamp.string(from: Clock.minutes(203)))
        // Audited with the reason and the OS user.
        let entries = try audit(fixture, "quiz.reset")
        #expect(entries.map { $0["detail"] as String } == [
            "mini: attempts 1, 2 no longer count; reason: power cut in room 204",
            "mini: attempt 3 no longer counts; open attempt 3 closed; reason: wrong room",
        ])
        #expect(entries.allSatisfy { ($0["actor"] as String) == OSUser.name && ($0["subject"] as String) == iin.digits })
        // Nothing left to reset.
        #expect(throws: QuizzesError.nothingToReset(iin: iin.digits, course: "mini")) {
            try ExamAdministration(store: fixture.store).reset(iin: iin, course: "mini", reason: "again", now: Clock.minutes(204))
        }
    }

    @Test func aResetPassNoLongerCompletesTheEnrollmentOrCounts() throws {
        let fixture = try QuizFixture()
        let passed = try sit(fixture, right: true, at: 0)
        #expect(passed.passed)
        #expect(try fixture.rows("SELECT status FROM enrollment")[0]["status"] as String == "completed")
        _ = try ExamAdministration(store: fixture.store).reset(iin: iin, course: "mini", reason: "taken by someone else", now: Clock.minutes(10))
        #expect(try fixture.rows("SELECT status, completed_at FROM enrollment")[0]["status"] as String == "active")
        let results = try QuizResults(store: fixture.store).results(course: "mini")
        #expect(results.isEmpty)
        let completions = try CompletionReport(store: fixture.store).rows(course: "mini")
        #expect(completions.map(\.passed) == [0])
    }

    @Test func accommodationsAddMinutesAndAttemptsAndMoveAnOpenDeadline() throws {
        let fixture = try QuizFixture()
        let admin = ExamAdministration(store: fixture.store)
        #expect(try admin.accommodation(iin: iin, course: "mini") == .none)
        #expect(try admin.accommodate(iin: iin, course: "mini", extraMinutes: 15, extraAttempts: 1, now: Clock.minutes(0)) == Accommodation(extraMinutes: 15, extraAttempts: 1))
        let sheet = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(0))
        #expect(sheet.attempt.deadline == Timestamp.string(from: Clock.minutes(45)))
        // What the exam's screen says: 45 minutes, attempt 1 of 3.
        #expect(sheet.timeLimitMinutes == 45 && sheet.attemptsAllowed == 3)
        // A change while it is open moves its deadline by the difference; attempts are kept.
        #expect(try admin.accommodate(iin: iin, course: "mini", extraMinutes: 25, extraAttempts: nil, now: Clock.minutes(1)) == Accommodation(extraMinutes: 25, extraAttempts: 1))
        #expect(try fixture.rows("SELECT deadline FROM attempt")[0]["deadline"] as String == Timestamp.string(from: Clock.minutes(55)))
        _ = try fixture.sessions.submit(attemptId: sheet.attempt.id, now: Clock.minutes(2))
        try sit(fixture, right: false, at: 100)
        // The course allows 2; the extra one allows a third, then no more.
        let third = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(200))
        #expect(third.attemptNumber == 3)
        let result = try fixture.sessions.submit(attemptId: third.attempt.id, now: Clock.minutes(201))
        #expect(result.attemptsLeft == 0)
        #expect(throws: QuizzesError.attemptsExhausted(iin: iin.digits, course: "mini", allowed: 3)) {
            try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(300))
        }
        // Clearing removes the row; audited each time.
        #expect(try admin.accommodate(iin: iin, course: "mini", extraMinutes: 0, extraAttempts: 0) == .none)
        #expect(try fixture.rows("SELECT count(*) AS n FROM accommodation")[0]["n"] as Int == 0)
        #expect(try audit(fixture, "quiz.accommodate").map { $0["detail"] as String } == [
            "mini: extra minutes 0 -> 15, extra attempts 0 -> 1",
            "mini: extra minutes 15 -> 25, extra attempts 1 -> 1; open attempt 1's deadline moved from \(Timestamp.string(from: Clock.minutes(45))) to \(Timestamp.string(from: Clock.minutes(55)))",
            "mini: extra minutes 25 -> 0, extra attempts 1 -> 0",
        ])
    }

    @Test func reopenLetsTheLearnerContinueWithTheirAnswers() throws {
        let fixture = try QuizFixture()
        let sheet = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(0))
        let first = sheet.items[0].question.id
        try fixture.sessions.answer(attemptId: sheet.attempt.id, qid: first, response: QuizFixture.right[first]!, now: Clock.minutes(1))
        // The power goes; the clock runs out and the next contact submits it by expiry.
        _ = try fixture.sessions.expireOverdue(now: Clock.minutes(40))
        let admin = ExamAdministration(store: fixture.store)
        #expect(throws: QuizzesError.reopenNeedsMinutes(attempt: sheet.attempt.id)) {
            try admin.reopen(iin: iin, course: "mini", minutes: nil, reason: "power cut", now: Clock.minutes(50))
        }
        let reopened = try admin.reopen(iin: iin, course: "mini", minutes: 20, reason: "power cut", now: Clock.minutes(50))
        #expect(reopened.attempt == sheet.attempt.id)
        #expect(reopened.deadline == Timestamp.string(from: Clock.minutes(70)))
        let resumed = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(51))
        #expect(resumed.resumed)
        #expect(resumed.attempt.id == sheet.attempt.id)
        #expect(resumed.items.first { $0.question.id == first }?.response == QuizFixture.right[first])
        for item in resumed.items {
            try fixture.sessions.answer(attemptId: resumed.attempt.id, qid: item.question.id, response: QuizFixture.right[item.question.id]!, now: Clock.minutes(52))
        }
        let result = try fixture.sessions.submit(attemptId: resumed.attempt.id, now: Clock.minutes(53))
        #expect(result.passed)
        #expect(try audit(fixture, "quiz.reopen").map { $0["detail"] as String } == [
            "mini: attempt 1 (submitted \(Timestamp.string(from: Clock.minutes(30))) by expiry, score 25.0) open again for 20 minutes until \(Timestamp.string(from: Clock.minutes(70))); reason: power cut",
        ])
        // Open: not again.
        _ = try ExamAdministration(store: fixture.store).reset(iin: iin, course: "mini", reason: "test", now: Clock.minutes(60))
        #expect(throws: QuizzesError.nothingToReopen(iin: iin.digits, course: "mini")) {
            try admin.reopen(iin: iin, course: "mini", minutes: 5, reason: "x", now: Clock.minutes(61))
        }
    }

    @Test func reopenDefaultsToTheTimeLeftAndRefusesWhileAnotherIsOpen() throws {
        let fixture = try QuizFixture()
        let sheet = try fixture.sessions.start(course: "mini", iin: iin, now: Clock.minutes(0))
        _ = try fixture.sessions.submit(attemptId: sheet.attempt.id, now: Clock.minutes(10))
        let admin = ExamAdministration(store: fixture.store)
        let reopened = try admin.reopen(iin: iin, course: "mini", minutes: nil, reason: "submitted by mistake", now: Clock.minutes(100))
        #expect(reopened.minutes == 20)
        #expect(throws: QuizzesError.attemptStillOpen(iin: iin.digits, course: "mini", attempt: sheet.attempt.id)) {
            try admin.reopen(iin: iin, course: "mini", minutes: 5, reason: "x", now: Clock.minutes(101))
        }
    }

    @Test func progressReportsEveryEnrolledLearnerInOneQuery() throws {
        let fixture = try QuizFixture()
        let learners = Learners(store: fixture.store)
        try learners.add(try LearnerDraft(iin: "991201600009", lastName: "Әлиев", firstName: "Нұрлан", institution: "ҚазҰУ", locale: "kk"), course: "mini")
        try learners.add(try LearnerDraft(iin: "990105364864", lastName: "Жұмабаева", firstName: "Гүлназ", institution: "ЕНУ", locale: "ru"), course: "mini")
        try fixture.store.write { db in
            try db.execute(sql: "UPDATE learner SET student_number = 'ЗК-0042' WHERE iin = '991201600009'")
        }
        let version = try fixture.store.read { try Int64.fetchOne($0, sql: "SELECT id FROM course_version")! }
        let learner = try fixture.store.read { try Int64.fetchOne($0, sql: "SELECT id FROM learner WHERE iin = '991201600009'")! }
        try LessonProgress(store: fixture.store).markViewed(learnerId: learner, versionId: version, position: 1)
        try sit(fixture, right: true, at: 0)
        let rows = try ProgressReport(store: fixture.store).rows(course: "mini")
        #expect(rows.map(\.iin) == ["990105364864", "040115500005", "991201600009"])
        #expect(rows.map(\.status) == [.notStarted, .passed, .inProgress])
        #expect(rows[1].bestScore == 100 && rows[1].attempts == 1 && rows[1].passed && rows[1].attemptsAllowed == 2)
        #expect(rows[2].lessonsOpened == 1 && rows[2].lessons == 1 && rows[2].studentNumber == "ЗК-0042")
        #expect(try ProgressReport(store: fixture.store).rows(course: "mini", status: .notStarted).map(\.iin) == ["990105364864"])
        #expect(try ProgressReport(store: fixture.store).rows(course: "mini", institution: "ену").map(\.iin) == ["990105364864"])
        #expect(throws: QuizzesError.unknownCohort("2026-A")) { try ProgressReport(store: fixture.store).rows(course: "mini", cohort: "2026-A") }
        // Failed once every attempt allowed is used without a pass.
        let other = try IIN("991201600009")
        try sit(fixture, right: false, at: 0, iin: other)
        #expect(try ProgressReport(store: fixture.store).rows(course: "mini", status: .inProgress).map(\.iin) == ["991201600009"])
        try sit(fixture, right: false, at: 100, iin: other)
        let failed = try ProgressReport(store: fixture.store).rows(course: "mini", status: .failed)
        #expect(failed.map(\.iin) == ["991201600009"])
        #expect(failed[0].attempts == 2 && failed[0].bestScore == 0 && !failed[0].passed)
        // An extra attempt makes them in progress again.
        _ = try ExamAdministration(store: fixture.store).accommodate(iin: other, course: "mini", extraMinutes: nil, extraAttempts: 1)
        #expect(try ProgressReport(store: fixture.store).rows(course: "mini", status: .inProgress).map(\.attemptsAllowed) == [3])
    }

    /// One query for every learner: each table read once (aggregates materialized, then looked up
    /// by learner), no subquery run per row.
    @Test func progressIsOneQueryWithoutPerLearnerSubqueries() throws {
        let fixture = try QuizFixture()
        let plan = try fixture.store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + ProgressReport.sql, arguments: ["mini", 1, 1, nil, nil]).map { $0["detail"] as String }
        }
        #expect(!plan.contains { $0.contains("CORRELATED") }, "\(plan)")
        #expect(plan.contains("SEARCH e USING INDEX enrollment_course (course_id=?)"), "\(plan)")
        #expect(plan.filter { $0.hasPrefix("SCAN ") }.allSatisfy { !$0.hasPrefix("SCAN e") && !$0.hasPrefix("SCAN l ") }, "\(plan)")
    }
}
