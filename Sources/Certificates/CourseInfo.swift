/// What a certificate says about a course version, read defensively from `course_version.definition`
/// (course.yaml as JSON): the title and description in a language, falling back to other languages
/// and then to the course id; the pass mark; an optional `certificate_validity_days`.
public struct CourseInfo: Sendable, Equatable {
    public let courseID: String
    public let version: Int
    public let titles: [String: String]
    public let descriptions: [String: String]
    public let passMark: Double?
    public let validityDays: Int?

    static let languageOrder = ["en", "ru", "kk"]

    public init(courseID: String, version: Int, definition: String) {
        self.courseID = courseID
        self.version = version
        let json = JSONValue.parse(definition)
        titles = CourseInfo.localized(json?["title"])
        descriptions = CourseInfo.localized(json?["description"])
        passMark = json?["exam"]?["pass_mark"]?.doubleValue
        if let days = json?["certificate_validity_days"]?.integerValue, days > 0 {
            validityDays = Int(days)
        } else {
            validityDays = nil
        }
    }

    private static func localized(_ value: JSONValue?) -> [String: String] {
        if let text = value?.stringValue, !text.isEmpty { return ["": text] }
        var out: [String: String] = [:]
        for (lang, item) in value?.objectValue ?? [:] {
            if let text = item.stringValue?.trimmingSpaces, !text.isEmpty { out[lang] = text }
        }
        return out
    }

    private static func pick(_ texts: [String: String], lang: String) -> String? {
        for key in [lang] + languageOrder + [""] {
            if let text = texts[key] { return text }
        }
        return texts.sorted { $0.key < $1.key }.first?.value
    }

    public func title(lang: String) -> String {
        CourseInfo.pick(titles, lang: lang) ?? courseID
    }

    public func description(lang: String) -> String {
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
