import Courses

/// A lesson's practice questions as one learner meets them: the course's current version, in
/// the learner's language, in the order written (options too). Practice is graded at once, shows
/// the right answer, and never counts towards the exam or a certificate.
package struct PracticeSet: Sendable, Equatable {
    package let learnerId: Int64
    package let iin: String
    package let course: String
    package let courseTitle: String
    /// The course version (1, 2, ...) and its row id.
    package let version: Int
    package let versionId: Int64
    /// The lesson's position (lesson N) and title.
    package let lesson: Int
    package let lessonTitle: String
    package let language: Language
    package let questions: [Question]

    package init(learnerId: Int64, iin: String, course: String, courseTitle: String, version: Int, versionId: Int64,
                lesson: Int, lessonTitle: String, language: Language, questions: [Question]) {
        self.learnerId = learnerId
        self.iin = iin
        self.course = course
        self.courseTitle = courseTitle
        self.version = version
        self.versionId = versionId
        self.lesson = lesson
        self.lessonTitle = lessonTitle
        self.language = language
        self.questions = questions
    }
}
