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
    private(set) var diagnostics: [Diagnostic] = []
    /// Lines of the entries other checks point at: `lesson:<slug>`, `pool:<name>`, `lessons`, `exam.pools`.
    private(set) var lines: [String: Int] = [:]

    init(file: String) {
        self.file = file
    }

    mutating func read(_ text: String) -> CourseDefinition? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                fail(mark.line, "YAML: \(problem)")
            case .duplicatedKeysInMapping(let duplicates, let context):
                // Yams gives the first key's place and dumps the whole file: find the repeat instead.
                for name in duplicates {
                    let (first, repeated) = CourseDefinitionReader.lines(ofKey: name, in: text, near: context.mark)
                    if let repeated {
                        fail(repeated, "duplicate key '\(name)': it is already set on line \(first)")
                    } else {
                        fail(first, "key '\(name)' is set twice in one mapping")
                    }
                }
            default:
                fail(1, "YAML: \(error)")
            }
            return nil
        } catch {
            fail(1, "YAML: \(error)")
            return nil
        }
        guard let root, let top = mapping(root, "course.yaml", required: CourseDefinitionReader.requiredCourseKeys) else {
            if root == nil { fail(1, "course.yaml is empty") }
            return nil
        }
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

    /// The line of a key Yams reported as duplicated (`mark`, its first occurrence) and of its repeat:
    /// the next line at the same indentation starting with the same key, before the mapping ends
    /// (a line indented less). Nil for the repeat in flow style (`{a: 1, a: 2}`), where it shares a line.
    static func lines(ofKey name: String, in text: String, near mark: Mark) -> (first: Int, repeated: Int?) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        let first = max(1, mark.line)
        let indent = max(0, mark.column - 1)
        func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }
        func isKey(_ line: String) -> Bool {
            let body = line.dropFirst(indent)
            for quoted in [name, "\"\(name)\"", "'\(name)'"] where body.hasPrefix(quoted) {
                let rest = body.dropFirst(quoted.count).drop { $0 == " " }
                if rest.hasPrefix(":") { return true }
            }
            return false
        }
        var index = first  // the line after the first occurrence (lines are 1-based)
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") {
                if indentation(line) < indent { break }
                if indentation(line) == indent && isKey(line) { return (first, index + 1) }
            }
            index += 1
        }
        return (first, nil)
    }

    static func isCourseId(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isLowercaseASCIIAlphanumeric else { return false }
        return id.unicodeScalars.allSatisfy { $0.isLowercaseASCIIAlphanumeric || $0 == "-" }
    }

    private mutating func fail(_ line: Int, _ message: String) {
        diagnostics.append(.error(file, line, message))
    }

    private mutating func fail(_ node: Node, _ message: String) {
        fail(node.mark?.line ?? 1, message)
    }

    /// A mapping as key → value node, after checking for duplicate keys. Keys that are not
    /// in `allowed` are reported; missing keys too, at the mapping's own line.
    private mutating func mapping(_ node: Node, _ what: String, allowed: [String]? = nil, required: [String]? = nil, at line: Int? = nil) -> [String: Node]? {
        guard let pairs = node.mapping else {
            fail(node, "\(what) must be a mapping of keys to values")
            return nil
        }
        var result: [String: Node] = [:]
        let allowedKeys = allowed ?? (what == "course.yaml" ? CourseDefinitionReader.courseKeys : nil)
        for (key, value) in pairs {
            guard let name = key.scalar?.string else {
                fail(key, "\(what) has a key that is not text")
                continue
            }
            if result[name] != nil {
                fail(key, "duplicate key '\(name)' in \(what)")
                continue
            }
            if let allowedKeys, !allowedKeys.contains(name) {
                fail(key, "unknown key '\(name)' in \(what) (expected one of: \(allowedKeys.joined(separator: ", ")))")
                continue
            }
            result[name] = value
        }
        for name in required ?? allowedKeys ?? [] where result[name] == nil {
            fail(line ?? node.mark?.line ?? 1, "missing key '\(name)' in \(what)")
        }
        return result
    }

    private mutating func string(_ node: Node, _ what: String) -> String? {
        guard let scalar = node.scalar else {
            fail(node, "'\(what)' must be text")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            fail(node, "'\(what)' is empty")
            return nil
        }
        return text
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

    private mutating func sequence(_ node: Node, _ what: String) -> [Node]? {
        guard let items = node.sequence else {
            fail(node, "'\(what)' must be a list")
            return nil
        }
        if items.count == 0 {
            fail(node, "'\(what)' is empty")
            return nil
        }
        return Array(items)
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

    /// Text per language: exactly the languages offered (any known ones when `languages` is unreadable).
    private mutating func perLanguage(_ node: Node, _ what: String, languages: [Language]?, keyLine: Int?) -> [Language: String]? {
        let allowed = (languages ?? Language.allCases).map(\.rawValue)
        guard let entries = mapping(node, "'\(what)'", allowed: allowed, required: languages == nil ? [] : allowed, at: keyLine) else { return nil }
        var result: [Language: String] = [:]
        for (code, value) in entries {
            guard let language = Language(rawValue: code), let text = string(value, "\(what).\(code)") else { continue }
            result[language] = text
        }
        return result.count == entries.count ? result : nil
    }

    /// The line of each key of a mapping.
    private func keyLines(_ node: Node) -> [String: Int] {
        var lines: [String: Int] = [:]
        for (key, _) in node.mapping ?? [:] {
            if let name = key.scalar?.string, lines[name] == nil { lines[name] = key.mark?.line }
        }
        return lines
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
