/// A course's `course.yaml`: what it is called, which languages it offers, its lessons in order
/// and its exam. Stored as JSON in `course_version.definition`.
public struct CourseDefinition: Codable, Sendable, Equatable {
    public var id: String
    public var languages: [Language]
    public var title: [Language: String]
    public var description: [Language: String]
    /// Lesson slugs (`01-what-is-ai`) in the order learners meet them; lesson N is `lessons[N-1]`.
    public var lessons: [String]
    public var exam: ExamDefinition
    /// How long a certificate for this course stays valid (`certificate_validity_days`, optional):
    /// certificates then carry `validUntil` and `exp`. nil: they do not expire.
    public var certificateValidityDays: Int?

    public init(
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
    public func title(in language: Language) -> String {
        title[language] ?? languages.lazy.compactMap { title[$0] }.first ?? id
    }
}
