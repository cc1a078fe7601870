import Courses
import Testing

/// The shipped AI-literacy course passes `sana course check` and meets the bar.
@Suite struct ShippedCourseTests {
    @Test func passesTheCheckWithoutErrors() throws {
        let package = try CoursePackage.load(ShippedCourse.folder)
        #expect(package.errors.map(\.description) == [])
    }

    @Test func isCompleteInThreeLanguages() throws {
        let package = try CoursePackage.load(ShippedCourse.folder)
        let definition = try #require(package.definition)
        #expect(definition.languages == [.kk, .ru, .en])
        #expect(definition.lessons.count >= 9)
        for language in definition.languages {
            let lessons = package.lessons.filter { $0.language == language }
            #expect(lessons.count == definition.lessons.count)
            for lesson in lessons {
                #expect((800...1500).contains(lesson.wordCount), "\(lesson.slug).\(language.rawValue) has \(lesson.wordCount) words")
            }
            let questions = package.questions.filter { $0.language == language }
            #expect(questions.count >= 120)
            #expect(questions.filter { !$0.hasFeedback }.map(\.id) == [])
            #expect(Set(questions.map(\.type)) == Set(QuestionType.allCases))
        }
        #expect((20...30).contains(definition.exam.questionsPerAttempt))
    }
}
