import Courses
import GRDB
import SanaStore

/// An attempt as an administrator examines it (`sana quiz show-attempt`): the stored items with
/// the responses and credits, and whether re-drawing from the stored seed gives the same items.
package struct AttemptInspection: Codable, Sendable, Equatable {
    package struct Item: Codable, Sendable, Equatable {
        package let position: Int
        package let qid: String
        package let type: QuestionType
        package let text: String
        /// The options in the order shown.
        package let options: [String]
        package let optionOrder: [Int]
        /// The stored response (source indexes), and the same as typed (letters as shown).
        package let response: Response?
        package let typed: String?
        package let credit: Double?
    }

    package let attemptId: Int64
    package let iin: String
    package let course: String
    package let version: Int
    package let language: Language
    package let seed: Int64
    package let startedAt: String
    package let deadline: String
    package let submittedAt: String?
    package let submittedBy: Attempt.SubmittedBy?
    package let score: Double?
    package let passed: Bool?
    package let items: [Item]
    /// True when the seed re-derives exactly the stored questions and option orders.
    package let reproduces: Bool
    /// Positions where the re-derived item differs from the stored one.
    package let differences: [Int]

    package static func inspect(_ store: Store, attemptId: Int64) throws -> AttemptInspection {
        try store.read { db in
            guard let attempt = try Attempt.find(db, id: attemptId) else { throw QuizzesError.attemptNotFound(attemptId) }
            guard let version = try CourseVersion.find(db, id: attempt.courseVersionId) else {
                throw QuizzesError.corruptRecord(table: "attempt", id: String(attemptId), reason: "its course version is missing")
            }
            let stored = try QuizSessions.items(db, attempt: attempt)
            let credits = try Row.fetchAll(db, sql: "SELECT qid, credit FROM attempt_item WHERE attempt_id = ?", arguments: [attemptId])
                .reduce(into: [String: Double]()) { $0[$1["qid"]] = $1["credit"] as Double? }
            let questions = try Question.all(db, versionId: version.id, language: attempt.language)
            let derived = try ExamDraw.items(exam: version.definition.exam, questions: questions, seed: attempt.seed)
            let storedItems = stored.map { AttemptItem(position: $0.position, qid: $0.question.id, optionOrder: $0.optionOrder) }
            var differences: [Int] = []
            for index in 0..<max(derived.count, storedItems.count) {
                let a = index < derived.count ? derived[index] : nil
                let b = index < storedItems.count ? storedItems[index] : nil
                if a != b { differences.append(index + 1) }
            }
            let iin = try String.fetchOne(db, sql: "SELECT iin FROM learner WHERE id = ?", arguments: [attempt.learnerId]) ?? ""
            return AttemptInspection(
                attemptId: attemptId, iin: iin, course: version.courseId, version: version.version, language: attempt.language,
                seed: attempt.seed, startedAt: attempt.startedAt, deadline: attempt.deadline, submittedAt: attempt.submittedAt,
                submittedBy: attempt.submittedBy, score: attempt.score, passed: attempt.passed,
                items: stored.map { item in
                    Item(position: item.position, qid: item.question.id, type: item.question.type, text: item.question.text,
                         options: item.shownOptions, optionOrder: item.optionOrder, response: item.response, typed: item.typedResponse,
                         credit: credits[item.question.id] ?? nil)
                },
                reproduces: differences.isEmpty, differences: differences)
        }
    }
}
