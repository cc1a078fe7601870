import Yams

/// Reads a package's optional `glossary.yaml` into a `Glossary`:
///
/// ```yaml
/// terms:
///   - id: label
///     kk: белгі
///     ru: метка
///     en: label
///     definition:
///       kk: ...
///       ru: ...
///       en: ...
/// ```
///
/// Every problem is reported with its real line: YAML syntax, unknown and duplicate keys, a
/// missing or malformed id, the same id twice, a term or a definition missing in one of the
/// course's languages (or given in a language it does not offer).
struct GlossaryReader {
    let file: String
    /// The course's languages; nil when course.yaml could not be read (any known language is
    /// accepted then, and none is required).
    let languages: [Language]?
    private var yaml: YAMLReader
    var diagnostics: [Diagnostic] { yaml.diagnostics }

    init(file: String, languages: [Language]?) {
        self.file = file
        self.languages = languages
        self.yaml = YAMLReader(file: file)
    }

    mutating func read(_ text: String) -> Glossary? {
        guard let root = yaml.compose(text, empty: "glossary.yaml is empty: list the course's terms under 'terms'"),
              let top = yaml.mapping(root, "glossary.yaml", allowed: ["terms"]),
              let items = top["terms"].flatMap({ yaml.sequence($0, "terms") })
        else { return nil }
        let errorsBefore = yaml.diagnostics.count
        let codes = (languages ?? Language.allCases).map(\.rawValue)
        var terms: [GlossaryTerm] = []
        var firstLine: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            if let term = read(item, number: index + 1, codes: codes, firstLine: &firstLine) {
                terms.append(term)
            }
        }
        return yaml.diagnostics.count == errorsBefore ? Glossary(terms: terms) : nil
    }

    private mutating func read(_ item: Node, number: Int, codes: [String], firstLine: inout [String: Int]) -> GlossaryTerm? {
        let line = item.mark?.line ?? 1
        let peeked = item.mapping?.first { $0.key.scalar?.string == "id" }?.value.scalar?.string
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let name = peeked.map { $0.isEmpty ? "term \(number)" : "term \($0)" } ?? "term \(number)"
        guard let entry = yaml.mapping(item, name, allowed: ["id"] + codes + ["definition"], required: []) else { return nil }
        let errorsBefore = yaml.diagnostics.count
        var id = ""
        if let node = entry["id"] {
            if let text = yaml.string(node, "id") {
                if !CourseDefinitionReader.isPoolName(text) {
                    yaml.fail(node, "term id '\(text)' must be lowercase letters, digits, '-' and '_'")
                } else if let first = firstLine[text] {
                    yaml.fail(node, "duplicate term id \(text) (first at line \(first))")
                } else {
                    firstLine[text] = node.mark?.line ?? line
                    id = text
                }
            }
        } else {
            yaml.fail(line, "\(name) has no id: add 'id:' (lowercase letters, digits, '-' and '_')")
        }
        let required = languages.map { $0.map(\.rawValue) } ?? []
        var term: [Language: String] = [:]
        for code in codes {
            guard let node = entry[code] else {
                if required.contains(code) { yaml.fail(line, "\(name) is missing in \(code)") }
                continue
            }
            if let text = yaml.string(node, "\(peeked ?? String(number)).\(code)"), let language = Language(rawValue: code) {
                term[language] = text
            }
        }
        var definition: [Language: String] = [:]
        if let node = entry["definition"] {
            let definitionLine = YAMLReader.keyLines(item)["definition"] ?? line
            if let texts = yaml.mapping(node, "the definition of \(name)", allowed: codes, required: []) {
                for code in codes {
                    guard let value = texts[code] else {
                        if required.contains(code) { yaml.fail(definitionLine, "the definition of \(name) is missing in \(code)") }
                        continue
                    }
                    if let text = yaml.string(value, "\(peeked ?? String(number)).definition.\(code)"), let language = Language(rawValue: code) {
                        definition[language] = text
                    }
                }
            }
        } else {
            yaml.fail(line, "\(name) has no definition: add 'definition:' with the text in \(required.isEmpty ? "each language" : required.joined(separator: ", "))")
        }
        guard yaml.diagnostics.count == errorsBefore else { return nil }
        return GlossaryTerm(id: id, term: term, definition: definition)
    }
}
