import Foundation
import Yams

/// Reads `course.yaml` into a `CourseDefinition`, reporting every problem with its real line:
/// YAML syntax, unknown, missing and duplicate keys, values of the wrong kind or out of range.
struct CourseDefinitionReader {
    static let courseKeys = ["id", "languages", "title", "description", "lessons", "exam", "certificate_validity_days"]
    static let requiredCourseKeys = ["id", "languages", "title", "description", "lessons", "exam"]
    static let examKeys = ["pools", "time_limit_minutes", "attempts", "cooldown_minutes", "pass_mark", "grading", "review", "requires_lessons"]
    static let optionalExamKeys = ["requires_lessons"]

    let file: String
    private var yaml: YAMLReader
    var diagnostics: [Diagnostic] { yaml.diagnostics }
    /// Lines of the entries other checks point at: `lesson:<slug>`, `pool:<name>`, `lessons`, `exam.pools`.
    private(set) var lines: [String: Int] = [:]

    init(file: String) {
        self.file = file
        self.yaml = YAMLReader(file: file)
    }

    mutating func read(_ text: String) -> CourseDefinition? {
        guard let root = yaml.compose(text, empty: "course.yaml is empty"),
              let top = mapping(root, "course.yaml", allowed: CourseDefinitionReader.courseKeys, required: CourseDefinitionReader.requiredCourseKeys)
        else { return nil }
        let errorsBefore = diagnostics.count
        let id = top["id"].flatMap { string($0, "id") }
        if let id, !CourseDefinitionReader.isCourseId(id) {
            fail(top["id"]!, "course id '\(id)' must be lowercase letters, digits and '-', starting with a letter or digit")
        }
        let keys = keyLines(root)
        let languages = top["languages"].flatMap { languageList($0) }
        let title = top["title"].flatMap { perLanguage($0, "title", languages: languages, keyLine: keys["title"]) }
        let description = top["description"].flatMap { perLanguage($0, "description", languages: languages, keyLine: keys["description"]) }
        let lessons = top["lessons"].flatMap { lessonList($0, keyLine: keys["lessons"]) }
        let exam = top["exam"].flatMap { examDefinition($0, keyLine: keys["exam"]) }
        let validity = top["certificate_validity_days"].flatMap { integer($0, "certificate_validity_days", 1...36_500) }
        guard diagnostics.count == errorsBefore,
              let id, let languages, let title, let description, let lessons, let exam
        else { return nil }
        return CourseDefinition(
            id: id, languages: languages, title: title, description: description, lessons: lessons, exam: exam,
            certificateValidityDays: validity)
    }

    static func isCourseId(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isLowercaseASCIIAlphanumeric else { return false }
        return id.unicodeScalars.allSatisfy { $0.isLowercaseASCIIAlphanumeric || $0 == "-" }
    }

    private mutating func fail(_ line: Int, _ message: String) {
        yaml.fail(line, message)
    }

    private mutating func fail(_ node: Node, _ message: String) {
        yaml.fail(node, message)
    }

    private mutating func mapping(_ node: Node, _ what: String, allowed: [String]? = nil, required: [String]? = nil, at line: Int? = nil) -> [String: Node]? {
        yaml.mapping(node, what, allowed: allowed, required: required, at: line)
    }

    private mutating func string(_ node: Node, _ what: String) -> String? {
        yaml.string(node, what)
    }

    private mutating func sequence(_ node: Node, _ what: String) -> [Node]? {
        yaml.sequence(node, what)
    }

    private mutating func perLanguage(_ node: Node, _ what: String, languages: [Language]?, keyLine: Int?) -> [Language: String]? {
        yaml.perLanguage(node, what, languages: languages, keyLine: keyLine)
    }

    private func keyLines(_ node: Node) -> [String: Int] {
        YAMLReader.keyLines(node)
    }

    private mutating func integer(_ node: Node, _ what: String, _ range: ClosedRange<Int>) -> Int? {
        guard let text = node.scalar?.string, let value = Int(text) else {
            fail(node, "'\(what)' must be a whole number, not '\(node.scalar?.string ?? "a list or mapping")'")
            return nil
        }
        guard range.contains(value) else {
            let upper = range.upperBound == Int.max ? "" : "\(range.upperBound)"
            fail(node, "'\(what)' is \(value): it must be \(range.lowerBound)...\(upper)")
            return nil
        }
        return value
    }

    private mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ what: String, _ type: T.Type) -> T? where T.RawValue == String {
        let allowed = T.allCases.map(\.rawValue)
        guard let text = node.scalar?.string, let value = T(rawValue: text) else {
            fail(node, "'\(what)' must be one of \(allowed.joined(separator: ", ")), not '\(node.scalar?.string ?? "a list or mapping")'")
            return nil
        }
        return value
    }

    private mutating func languageList(_ node: Node) -> [Language]? {
        guard let items = sequence(node, "languages") else { return nil }
        var languages: [Language] = []
        for item in items {
            guard let code = item.scalar?.string, let language = Language(rawValue: code) else {
                fail(item, "unknown language '\(item.scalar?.string ?? "?")' (sana offers kk, ru, en)")
                continue
            }
            if languages.contains(language) {
                fail(item, "language \(code) is listed twice")
                continue
            }
            languages.append(language)
        }
        return languages.count == items.count ? languages : nil
    }

    private mutating func lessonList(_ node: Node, keyLine: Int?) -> [String]? {
        guard let items = sequence(node, "lessons") else { return nil }
        lines["lessons"] = keyLine ?? node.mark?.line ?? 1
        var slugs: [String] = []
        for item in items {
            guard let slug = string(item, "lessons") else { continue }
            if !CourseDefinitionReader.isLessonSlug(slug) {
                fail(item, "lesson '\(slug)' must be NN-slug: two digits, '-', then lowercase letters, digits and '-'")
                continue
            }
            if slugs.contains(slug) {
                fail(item, "lesson \(slug) is listed twice")
                continue
            }
            slugs.append(slug)
            lines["lesson:\(slug)"] = item.mark?.line ?? 1
        }
        return slugs.count == items.count ? slugs : nil
    }

    static func isLessonSlug(_ slug: String) -> Bool {
        let scalars = Array(slug.unicodeScalars)
        guard scalars.count > 3, scalars[0].isASCIIDigit, scalars[1].isASCIIDigit, scalars[2] == "-" else { return false }
        return scalars[3...].allSatisfy { $0.isLowercaseASCIIAlphanumeric || $0 == "-" }
    }

    static func isPoolName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isLowercaseASCIIAlphanumeric || $0 == "-" || $0 == "_" }
    }

    private mutating func examDefinition(_ node: Node, keyLine: Int?) -> ExamDefinition? {
        let required = CourseDefinitionReader.examKeys.filter { !CourseDefinitionReader.optionalExamKeys.contains($0) }
        guard let exam = mapping(node, "'exam'", allowed: CourseDefinitionReader.examKeys, required: required, at: keyLine) else { return nil }
        var pools: [PoolDraw]?
        if let poolsNode = exam["pools"], let items = sequence(poolsNode, "exam.pools") {
            lines["exam.pools"] = keyLines(node)["pools"] ?? poolsNode.mark?.line ?? 1
            var draws: [PoolDraw] = []
            for item in items {
                guard let entry = mapping(item, "a pool of 'exam.pools'", allowed: ["pool", "draw"]),
                      let name = entry["pool"].flatMap({ string($0, "pool") }),
                      let draw = entry["draw"].flatMap({ integer($0, "draw", ExamDefinition.drawRange) })
                else { continue }
                if !CourseDefinitionReader.isPoolName(name) {
                    fail(entry["pool"]!, "pool name '\(name)' must be lowercase letters, digits, '-' and '_'")
                    continue
                }
                if draws.contains(where: { $0.pool == name }) {
                    fail(entry["pool"]!, "pool \(name) is listed twice in exam.pools")
                    continue
                }
                draws.append(PoolDraw(pool: name, draw: draw))
                lines["pool:\(name)"] = entry["draw"]?.mark?.line ?? item.mark?.line ?? 1
            }
            if draws.count == items.count { pools = draws }
        }
        let timeLimit = exam["time_limit_minutes"].flatMap { integer($0, "time_limit_minutes", ExamDefinition.timeLimitRange) }
        let attempts = exam["attempts"].flatMap { integer($0, "attempts", ExamDefinition.attemptsRange) }
        let cooldown = exam["cooldown_minutes"].flatMap { integer($0, "cooldown_minutes", ExamDefinition.cooldownRange) }
        var passMark: Double?
        if let markNode = exam["pass_mark"] {
            if let value = markNode.scalar.flatMap({ Double($0.string) }), (0...100).contains(value) {
                passMark = value
            } else {
                fail(markNode, "'pass_mark' must be a percentage from 0 to 100, not '\(markNode.scalar?.string ?? "a list or mapping")'")
            }
        }
        let grading = exam["grading"].flatMap { choice($0, "grading", GradingMethod.self) }
        var review: ReviewPolicy?
        var reviewOptions: ReviewOptions?
        if let node = exam["review"] {
            if node.mapping != nil {
                reviewOptions = reviewParts(node)
                review = reviewOptions?.policy
            } else {
                review = choice(node, "review", ReviewPolicy.self)
            }
        }
        var requiresLessons: Bool? = false
        if let node = exam["requires_lessons"] {
            requiresLessons = node.scalar.flatMap { ["true": true, "false": false][$0.string] }
            if requiresLessons == nil { fail(node, "'requires_lessons' must be true or false, not '\(node.scalar?.string ?? "a list or mapping")'") }
        }
        guard let pools, let timeLimit, let attempts, let cooldown, let passMark, let grading, let review, let requiresLessons else { return nil }
        return ExamDefinition(
            pools: pools, timeLimitMinutes: timeLimit, attempts: attempts, cooldownMinutes: cooldown, passMark: passMark, grading: grading, review: review,
            requiresLessons: requiresLessons, reviewOptions: reviewOptions)
    }

    /// `review:` as a mapping: `correctness`, `right_answer` and `feedback`, each true or false.
    private mutating func reviewParts(_ node: Node) -> ReviewOptions? {
        let keys = ["correctness", "right_answer", "feedback"]
        guard let parts = mapping(node, "'review'", allowed: keys, required: keys) else { return nil }
        var values: [String: Bool] = [:]
        for key in keys {
            guard let value = parts[key] else { continue }
            guard let flag = value.scalar.flatMap({ ["true": true, "false": false][$0.string] }) else {
                fail(value, "'review.\(key)' must be true or false, not '\(value.scalar?.string ?? "a list or mapping")'")
                continue
            }
            values[key] = flag
        }
        guard values.count == keys.count else { return nil }
        return ReviewOptions(correctness: values["correctness"]!, rightAnswer: values["right_answer"]!, feedback: values["feedback"]!)
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    fileprivate var isLowercaseASCIIAlphanumeric: Bool { isASCIIDigit || ("a"..."z").contains(self) }
}
