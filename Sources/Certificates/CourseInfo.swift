import Courses

/// What a certificate says about a course version, from the course's own definition as Courses
/// stores it (`CourseDefinition.stored`): the title and description in a language, falling back to
/// the course's other languages and then to the course id; the pass mark; the certificate's
/// validity (`certificate_validity_days` in course.yaml).
package struct CourseInfo: Sendable, Equatable {
    package let courseID: String
    package let version: Int
    package let titles: [String: String]
    package let descriptions: [String: String]
    package let passMark: Double?
    package let validityDays: Int?

    static let languageOrder = ["en", "ru", "kk"]

    /// `definition` is `course_version.definition`; one that does not decode gives the course id as
    /// its title and no pass mark or validity.
    package init(courseID: String, version: Int, definition: String) {
        self.courseID = courseID
        self.version = version
        let course = try? CourseDefinition.stored(definition)
        titles = CourseInfo.texts(course?.title)
        descriptions = CourseInfo.texts(course?.description)
        passMark = course?.exam.passMark
        validityDays = course?.certificateValidityDays
    }

    private static func texts(_ values: [Language: String]?) -> [String: String] {
        var out: [String: String] = [:]
        for (lang, text) in values ?? [:] where !text.trimmingSpaces.isEmpty {
            out[lang.rawValue] = text.trimmingSpaces
        }
        return out
    }

    private static func pick(_ texts: [String: String], lang: String) -> String? {
        for key in [lang] + languageOrder {
            if let text = texts[key] { return text }
        }
        return texts.sorted { $0.key < $1.key }.first?.value
    }

    package func title(lang: String) -> String {
        CourseInfo.pick(titles, lang: lang) ?? courseID
    }

    package func description(lang: String) -> String {
        CourseInfo.pick(descriptions, lang: lang) ?? title(lang: lang)
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
