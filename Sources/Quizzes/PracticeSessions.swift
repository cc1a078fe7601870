import Courses
import Enrollment
import Foundation
import GRDB
import SanaStore

/// Practising a lesson: its practice questions, each graded the moment it is answered, with the
/// right answer and the feedback shown at once. Every answer is stored (`practice_answer`) for the
/// practice report; nothing here touches attempts, scores, enrollments or certificates. Practice
/// needs no access code: it is not assessed.
package struct PracticeSessions: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    /// The practice set of lesson `lesson` of the course's current version for an enrolled
    /// learner, in `language` (else the learner's own if the course offers it, else the course's first).
    package func open(course: String, iin: IIN, lesson: Int, language: Language? = nil) throws -> PracticeSet {
        try store.read { db in
            let learner = try QuizSessions.enrolledLearner(db, iin: iin, course: course)
            guard let version = try CourseVersion.current(db, course: course) else { throw CoursesError.courseNotFound(course) }
            let definition = version.definition
            if let language, !definition.languages.contains(language) {
                throw CoursesError.languageNotOffered(course: course, language: language.rawValue, offered: definition.languages.map(\.rawValue))
            }
            let count = definition.lessons.count
            guard (1...max(1, count)).contains(lesson), count > 0 else {
                throw CoursesError.lessonNotFound(course: course, position: lesson, count: count)
            }
            let locale = try String.fetchOne(db, sql: "SELECT locale FROM learner WHERE id = ?", arguments: [learner]).flatMap(Language.init(rawValue:))
            let chosen = language ?? locale.flatMap { definition.languages.contains($0) ? $0 : nil } ?? definition.languages[0]
            let questions = try Question.practice(db, versionId: version.id, lesson: lesson, language: chosen)
            if questions.isEmpty { throw QuizzesError.noPractice(course: course, lesson: lesson) }
            let title = try Lesson.find(db, versionId: version.id, position: lesson, language: chosen)?.title ?? definition.lessons[lesson - 1]
            return PracticeSet(
                learnerId: learner, iin: iin.digits, course: course, courseTitle: definition.title(in: chosen), version: version.version,
                versionId: version.id, lesson: lesson, lessonTitle: title, language: chosen, questions: questions)
        }
    }

    /// Grades one answer of `set` at once and stores it; the outcome carries the right answer and
    /// the feedback. A question may be practised again: each answer is its own row.
    package func answer(_ set: PracticeSet, qid: String, response: Response, now: Date = Date()) throws -> PracticeOutcome {
        guard let question = set.questions.first(where: { $0.id == qid }) else {
            throw QuizzesError.notInPractice(course: set.course, lesson: set.lesson, qid: qid)
        }
        let credit = Grader.credit(question, response)
        let stamp = Timestamp.string(from: now)
        let json = try QuizSessions.json(response)
        try store.write { db in
            try db.execute(sql: """
                INSERT INTO practice_answer (learner_id, course_version_id, qid, lang, response, credit, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [set.learnerId, set.versionId, qid, set.language.rawValue, json, credit, stamp])
        }
        return PracticeOutcome(qid: qid, response: response, credit: credit, correctAnswer: question.correctAnswer,
                               feedback: question.feedback(for: response), answeredAt: stamp)
    }
}
