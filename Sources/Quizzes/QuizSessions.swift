import Courses
import Enrollment
import Foundation
import GRDB
import SanaStore

/// Sitting the exam: start or resume an attempt, commit answers one at a time, submit, and
/// submit attempts whose time ran out. Every write is its own transaction that re-checks the
/// attempt is open and before its deadline, so answers survive a dropped connection and two
/// processes on one attempt cannot corrupt it.
package struct QuizSessions: Sendable {
    package let store: Store
    private let queue: WriterQueue

    package init(store: Store) {
        self.store = store
        self.queue = WriterQueue(storePath: store.path)
    }

    /// The learner's open attempt at `course` (resumed as it was), else a new one drawn now,
    /// after submitting any of their attempts whose time ran out. The learner must be enrolled.
    /// The caller holds the attempt with the sheet's `session`: an earlier holder (another
    /// terminal) is taken over, and its writes are refused from now on.
    package func start(course: String, iin: IIN, language: Language? = nil, now: Date = Date()) throws -> AttemptSheet {
        _ = try expireOverdue(iin: iin, now: now)
        let stamp = Timestamp.string(from: now)
        let session = QuizSessions.newSession()
        // The question bank is read and decoded before the write lock is taken (it is most of a new
        // attempt's work): every other exam's answers wait while one exam holds that lock.
        let bank = try store.read { db in try QuizSessions.bank(db, course: course, iin: iin, language: language) }
        let attemptId: Int64 = try writeRetrying { db in
            let learner = try QuizSessions.enrolledLearner(db, iin: iin, course: course)
            if let open = try Attempt.open(db, learnerId: learner, course: course) {
                try db.execute(sql: "UPDATE attempt SET session = ? WHERE id = ?", arguments: [session, open.id])
                return open.id
            }
            guard let version = try CourseVersion.current(db, course: course) else { throw CoursesError.courseNotFound(course) }
            let definition = version.definition
            if let language, !definition.languages.contains(language) {
                throw CoursesError.languageNotOffered(course: course, language: language.rawValue, offered: definition.languages.map(\.rawValue))
            }
            let policy = AttemptPolicy(exam: definition.exam, accommodation: try Accommodation.find(db, learnerId: learner, course: course))
            let previous = try Attempt.submitted(db, learnerId: learner, versionId: version.id)
            try policy.checkStart(after: previous, now: stamp, iin: iin.digits, course: course)
            if definition.exam.requiresLessons {
                let opened = Set(try LessonProgress.viewed(db, learnerId: learner, versionId: version.id))
                let missing = (1...max(1, definition.lessons.count)).filter { !opened.contains($0) && $0 <= definition.lessons.count }
                if !missing.isEmpty { throw QuizzesError.lessonsRequired(course: course, missing: missing) }
            }
            let chosen = try QuizSessions.language(db, learnerId: learner, asked: language, offered: definition.languages)
            let seed = ExamDraw.newSeed()
            let questions = bank?.versionId == version.id && bank?.language == chosen
                ? bank!.questions : try Question.all(db, versionId: version.id, language: chosen)
            let items = try ExamDraw.items(exam: definition.exam, questions: questions, seed: seed)
            try db.execute(sql: """
                INSERT INTO attempt (learner_id, course_version_id, quiz, lang, seed, started_at, deadline, session) VALUES (?, ?, 'exam', ?, ?, ?, ?, ?)
                """, arguments: [learner, version.id, chosen.rawValue, seed, stamp, Timestamp.string(from: policy.deadline(startingAt: now)), session])
            let id = db.lastInsertedRowID
            let statement = try db.makeStatement(sql: "INSERT INTO attempt_item (attempt_id, position, qid, option_order) VALUES (?, ?, ?, ?)")
            for item in items {
                try statement.execute(arguments: [id, item.position, item.qid, QuizSessions.json(item.optionOrder)])
            }
            return id
        }
        let stored = try sheet(attemptId: attemptId)
        var sheet = AttemptSheet(
            attempt: stored.attempt, course: stored.course, courseTitle: stored.courseTitle, exam: stored.exam,
            attemptNumber: stored.attemptNumber, resumed: stored.attempt.startedAt != stamp, items: stored.items, session: session)
        sheet.accommodation = stored.accommodation
        return sheet
    }

    /// The questions a new attempt would be drawn from, as the store holds them now; nil when the
    /// learner has an attempt open (or the checks of `start` will refuse).
    private static func bank(_ db: Database, course: String, iin: IIN, language: Language?) throws -> (versionId: Int64, language: Language, questions: [Question])? {
        guard let learner = try Learner.find(db, iin: iin)?.id, try Attempt.open(db, learnerId: learner, course: course) == nil,
              let version = try CourseVersion.current(db, course: course) else { return nil }
        let chosen = try QuizSessions.language(db, learnerId: learner, asked: language, offered: version.definition.languages)
        return (version.id, chosen, try Question.all(db, versionId: version.id, language: chosen))
    }

    /// The language of a new attempt: the one asked for, else the learner's own when offered, else the course's first.
    private static func language(_ db: Database, learnerId: Int64, asked: Language?, offered: [Language]) throws -> Language {
        let locale = try String.fetchOne(db, sql: "SELECT locale FROM learner WHERE id = ?", arguments: [learnerId]).flatMap(Language.init(rawValue:))
        return asked ?? locale.flatMap { offered.contains($0) ? $0 : nil } ?? offered[0]
    }

    /// An attempt with its questions (in its language) and the answers given so far.
    package func sheet(attemptId: Int64) throws -> AttemptSheet {
        try store.read { db in
            guard let attempt = try Attempt.find(db, id: attemptId) else { throw QuizzesError.attemptNotFound(attemptId) }
            guard let version = try CourseVersion.find(db, id: attempt.courseVersionId) else {
                throw QuizzesError.corruptRecord(table: "attempt", id: String(attemptId), reason: "its course version is missing")
            }
            let items = try QuizSessions.items(db, attempt: attempt)
            let earlier = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM attempt WHERE learner_id = ? AND course_version_id = ? AND id < ? AND voided_at IS NULL
                """, arguments: [attempt.learnerId, attempt.courseVersionId, attempt.id]) ?? 0
            var sheet = AttemptSheet(
                attempt: attempt, course: version.courseId, courseTitle: version.definition.title(in: attempt.language),
                exam: version.definition.exam, attemptNumber: earlier + 1, resumed: true, items: items)
            sheet.accommodation = try Accommodation.find(db, learnerId: attempt.learnerId, course: version.courseId)
            return sheet
        }
    }

    /// Commits one answer (replacing an earlier one to the same question). Refused once the
    /// attempt is submitted or its time is up (an attempt found past its deadline is submitted),
    /// while it is paused, and when `session` is given but another terminal has taken it over.
    package func answer(attemptId: Int64, qid: String, response: Response, session: String? = nil, now: Date = Date()) throws {
        let stamp = Timestamp.string(from: now)
        let json = try QuizSessions.json(response)
        let refusal: QuizzesError? = try writeRetrying { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT \(Attempt.columns), session, paused_until FROM attempt WHERE id = ?", arguments: [attemptId]) else {
                throw QuizzesError.attemptNotFound(attemptId)
            }
            let attempt = try Attempt.decode(row)
            guard attempt.isOpen else { return .attemptSubmitted(attemptId) }
            if let session, (row["session"] as String?) != session { return .takenOver(attempt: attemptId) }
            if let until: String = row["paused_until"], until > stamp { return .paused(attempt: attemptId, until: until) }
            if attempt.isPastDeadline(stamp) {
                try QuizSessions.grade(db, attempt: attempt, by: .expiry, at: attempt.deadline)
                return .deadlinePassed(attempt: attemptId, deadline: attempt.deadline)
            }
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM attempt_item WHERE attempt_id = ? AND qid = ?", arguments: [attemptId, qid]) == true else {
                throw QuizzesError.notInAttempt(attempt: attemptId, qid: qid)
            }
            try db.execute(sql: """
                INSERT INTO answer (attempt_id, qid, response, answered_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (attempt_id, qid) DO UPDATE SET response = excluded.response, answered_at = excluded.answered_at
                """, arguments: [attemptId, qid, json, stamp])
            return nil
        }
        if let refusal { throw refusal }
    }

    /// Submits an open attempt and grades it. Submitting one already submitted (by another
    /// process, or by expiry) returns its result unchanged. With `session`, refused when another
    /// terminal has taken the attempt over.
    package func submit(attemptId: Int64, session: String? = nil, now: Date = Date()) throws -> AttemptResult {
        let stamp = Timestamp.string(from: now)
        try writeRetrying { db in
            guard let attempt = try Attempt.find(db, id: attemptId) else { throw QuizzesError.attemptNotFound(attemptId) }
            guard attempt.isOpen else { return }
            if let session, try String.fetchOne(db, sql: "SELECT session FROM attempt WHERE id = ?", arguments: [attemptId]) != session {
                throw QuizzesError.takenOver(attempt: attemptId)
            }
            if attempt.isPastDeadline(stamp) {
                try QuizSessions.grade(db, attempt: attempt, by: .expiry, at: attempt.deadline)
            } else {
                try QuizSessions.grade(db, attempt: attempt, by: .learner, at: stamp)
            }
        }
        return try result(attemptId: attemptId)
    }

    /// Submits every open attempt whose deadline has passed (one learner's, or everyone's),
    /// as submitted by expiry at its deadline. Returns the attempts it submitted.
    package func expireOverdue(iin: IIN? = nil, now: Date = Date()) throws -> [Int64] {
        let stamp = Timestamp.string(from: now)
        // Most contacts find nothing overdue: look first, so they take no write lock.
        let any = try store.read { db in
            try Bool.fetchOne(db, sql: """
                SELECT 1 FROM attempt WHERE submitted_at IS NULL AND deadline <= ?
                AND (?2 IS NULL OR learner_id = (SELECT id FROM learner WHERE iin = ?2)) LIMIT 1
                """, arguments: [stamp, iin?.digits]) == true
        }
        if !any { return [] }
        return try writeRetrying { db in
            var sql = "SELECT \(Attempt.columns) FROM attempt WHERE submitted_at IS NULL AND deadline <= ?"
            var arguments: StatementArguments = [stamp]
            if let iin {
                sql += " AND learner_id = (SELECT id FROM learner WHERE iin = ?)"
                arguments += [iin.digits]
            }
            let overdue = try Row.fetchAll(db, sql: sql + " ORDER BY id", arguments: arguments).map(Attempt.decode)
            for attempt in overdue {
                try QuizSessions.grade(db, attempt: attempt, by: .expiry, at: attempt.deadline)
            }
            if iin == nil, !overdue.isEmpty {
                try AuditEntry.record(db, action: "quiz.expire", detail: "\(overdue.count) attempt\(overdue.count == 1 ? "" : "s") submitted past their deadline")
            }
            return overdue.map(\.id)
        }
    }

    /// A submitted attempt's score and the review its course allows.
    package func result(attemptId: Int64) throws -> AttemptResult {
        try store.read { db in
            guard let attempt = try Attempt.find(db, id: attemptId) else { throw QuizzesError.attemptNotFound(attemptId) }
            guard let submittedAt = attempt.submittedAt, let by = attempt.submittedBy, let score = attempt.score else {
                throw QuizzesError.corruptRecord(table: "attempt", id: String(attemptId), reason: "it is not submitted yet")
            }
            guard let version = try CourseVersion.find(db, id: attempt.courseVersionId) else {
                throw QuizzesError.corruptRecord(table: "attempt", id: String(attemptId), reason: "its course version is missing")
            }
            let exam = version.definition.exam
            let policy = AttemptPolicy(exam: exam, accommodation: try Accommodation.find(db, learnerId: attempt.learnerId, course: version.courseId))
            let previous = try Attempt.submitted(db, learnerId: attempt.learnerId, versionId: attempt.courseVersionId)
            let left = policy.attemptsLeft(after: previous)
            let items = try QuizSessions.items(db, attempt: attempt)
            let credits = try QuizSessions.credits(db, attemptId: attemptId)
            let shows = exam.reviewShows
            let review: [ReviewItem] = !shows.showsAnything ? [] : items.map { item in
                ReviewItem(
                    position: item.position, qid: item.question.id, type: item.question.type, text: item.question.text,
                    response: item.response.map(item.question.describe), credit: credits[item.question.id] ?? 0,
                    correctAnswer: shows.rightAnswer ? item.question.correctAnswer : nil,
                    feedback: shows.feedback ? item.question.feedback(for: item.response) : [])
            }
            let iin = try String.fetchOne(db, sql: "SELECT iin FROM learner WHERE id = ?", arguments: [attempt.learnerId]) ?? ""
            return AttemptResult(
                attemptId: attemptId, course: version.courseId, version: version.version, iin: iin, score: score,
                passed: attempt.passed ?? false, passMark: exam.passMark, submittedAt: submittedAt, submittedBy: by,
                answered: items.filter { $0.response != nil }.count, questions: items.count, attemptsLeft: left,
                nextAttemptAt: left > 0 ? policy.cooldownEnd(after: previous) : nil, review: exam.review, reviewShows: shows, items: review)
        }
    }

    /// A write transaction, tried again (up to three times in all) when the store stayed busy past
    /// its timeout: under a crowd of writers a learner waits longer rather than losing an answer.
    /// Every write here re-checks its preconditions inside, so running it again is safe.
    func writeRetrying<T>(_ body: (Database) throws -> T) throws -> T {
        var tries = 0
        while true {
            do {
                return try queue.run { try store.write(body) }
            } catch StoreError.locked where tries < 2 {
                tries += 1
            }
        }
    }

    // MARK: - inside transactions

    /// The learner's row id, when they exist and are enrolled (not withdrawn) in `course`.
    static func enrolledLearner(_ db: Database, iin: IIN, course: String) throws -> Int64 {
        guard let learner = try Learner.find(db, iin: iin), let id = learner.id else {
            throw EnrollmentError.learnerNotFound(iin: iin.digits)
        }
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM course WHERE id = ?", arguments: [course]) == true else {
            throw CoursesError.courseNotFound(course)
        }
        guard let enrollment = try CourseEnrollment.find(db, learnerId: id, courseId: course), enrollment.status != .withdrawn else {
            throw EnrollmentError.notEnrolled(iin: iin.digits, course: course)
        }
        return id
    }

    static func items(_ db: Database, attempt: Attempt) throws -> [SheetItem] {
        let rows = try Row.fetchAll(db, sql: "SELECT position, qid, option_order, flagged FROM attempt_item WHERE attempt_id = ? ORDER BY position", arguments: [attempt.id])
        // The attempt's own questions only: decoding the whole bank would cost a starting exam ten times as much.
        let questions = Dictionary(
            try Question.some(db, versionId: attempt.courseVersionId, ids: rows.map { $0["qid"] }, language: attempt.language).map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first })
        var responses: [String: Response] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT qid, response FROM answer WHERE attempt_id = ?", arguments: [attempt.id]) {
            let qid: String = row["qid"]
            let text: String = row["response"]
            guard let response = try? JSONDecoder().decode(Response.self, from: Data(text.utf8)) else {
                throw QuizzesError.corruptRecord(table: "answer", id: "\(attempt.id)/\(qid)", reason: "its response is not a response")
            }
            responses[qid] = response
        }
        return try rows.map { row in
            let qid: String = row["qid"]
            guard let question = questions[qid] else { throw QuizzesError.questionMissing(attempt: attempt.id, qid: qid) }
            let orderText: String = row["option_order"]
            guard let order = try? JSONDecoder().decode([Int].self, from: Data(orderText.utf8)),
                  order.sorted() == Array(0..<question.options.count) else {
                throw QuizzesError.corruptRecord(table: "attempt_item", id: "\(attempt.id)/\(qid)", reason: "its option order does not fit the question")
            }
            return SheetItem(position: row["position"], question: question, optionOrder: order, response: responses[qid], flagged: row["flagged"] as Bool? ?? false)
        }
    }

    static func credits(_ db: Database, attemptId: Int64) throws -> [String: Double] {
        var credits: [String: Double] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT qid, credit FROM attempt_item WHERE attempt_id = ?", arguments: [attemptId]) {
            credits[row["qid"]] = row["credit"] as Double? ?? 0
        }
        return credits
    }

    /// Grades an open attempt and marks it submitted: credit per question (0 when unanswered),
    /// score in percent, pass or fail; a pass completes the learner's enrollment.
    static func grade(_ db: Database, attempt: Attempt, by: Attempt.SubmittedBy, at stamp: String) throws {
        guard let version = try CourseVersion.find(db, id: attempt.courseVersionId) else {
            throw QuizzesError.corruptRecord(table: "attempt", id: String(attempt.id), reason: "its course version is missing")
        }
        let items = try items(db, attempt: attempt)
        var total = 0.0
        let itemCredit = try db.makeStatement(sql: "UPDATE attempt_item SET credit = ? WHERE attempt_id = ? AND qid = ?")
        let answerCredit = try db.makeStatement(sql: "UPDATE answer SET credit = ? WHERE attempt_id = ? AND qid = ?")
        for item in items {
            let credit = Grader.credit(item.question, item.response)
            total += credit
            try itemCredit.execute(arguments: [credit, attempt.id, item.question.id])
            if item.response != nil {
                try answerCredit.execute(arguments: [credit, attempt.id, item.question.id])
            }
        }
        let score = items.isEmpty ? 0 : min(100, max(0, (100 * total / Double(items.count) * 100).rounded() / 100))
        let policy = AttemptPolicy(exam: version.definition.exam)
        let passed = policy.passes(score)
        try db.execute(sql: """
            UPDATE attempt SET submitted_at = ?, submitted_by = ?, score = ?, passed = ? WHERE id = ? AND submitted_at IS NULL
            """, arguments: [stamp, by.rawValue, score, passed ? 1 : 0, attempt.id])
        if passed {
            try CourseEnrollment.markCompleted(db, learnerId: attempt.learnerId, course: version.courseId, at: stamp)
        }
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
