/// A course's `course.yaml`: what it is called, which languages it offers, its lessons in order
/// and its exam. Stored as JSON in `course_version.definition`.
package struct CourseDefinition: Codable, Sendable, Equatable {
    package var id: String
    package var languages: [Language]
    package var title: [Language: String]
    package var description: [Language: String]
    /// Lesson slugs (`01-what-is-ai`) in the order learners meet them; lesson N is `lessons[N-1]`.
    package var lessons: [String]
    package var exam: ExamDefinition
    /// How long a certificate for this course stays valid (`certificate_validity_days`, optional):
    /// certificates then carry `validUntil` and `exp`. nil: they do not expire.
    package var certificateValidityDays: Int?

    package init(
        id: String, languages: [Language], title: [Language: String], description: [Language: String], lessons: [String], exam: ExamDefinition,
        certificateValidityDays: Int? = nil
    ) {
        self.id = id
        self.languages = languages
        self.title = title
        self.description = description
        self.lessons = lessons
        self.exam = exam
        self.certificateValidityDays = certificateValidityDays
    }

    /// The title in `language`, else in the course's first language.
    package func title(in language: Language) -> String {
        title[language] ?? languages.lazy.compactMap { title[$0] }.first ?? id
    }
}
