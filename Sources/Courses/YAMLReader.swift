import Foundation
import Yams

/// Reads the YAML files of a course package (`course.yaml`, `glossary.yaml`) node by node,
/// reporting every problem with its real line: syntax, duplicate, unknown and missing keys,
/// values of the wrong kind. The readers of each file build their values on top of it.
struct YAMLReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// The document's root node; nil (with a diagnostic) on a syntax error or an empty document.
    mutating func compose(_ text: String, empty: String) -> Node? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                // At the end of a file without a final newline, libyaml's end-of-stream mark is on a
                // line of its own past the last one: the problem is on the last line.
                fail(min(mark.line, YAMLReader.lineCount(text)), "YAML: \(problem)")
            case .duplicatedKeysInMapping(let duplicates, let context):
                // Yams refuses a mapping with a key twice before anything else sees it, giving the
                // first key's place and a dump of the whole file: find the repeat instead.
                for name in duplicates {
                    let (first, repeated) = YAMLReader.lines(ofKey: name, in: text, near: context.mark)
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
        guard let root else {
            fail(1, empty)
            return nil
        }
        return root
    }

    mutating func fail(_ line: Int, _ message: String) {
        diagnostics.append(.error(file, line, message))
    }

    mutating func fail(_ node: Node, _ message: String) {
        fail(node.mark?.line ?? 1, message)
    }

    /// A mapping as key → value node, after checking for duplicate keys. Keys that are not
    /// in `allowed` are reported; missing keys too (`required`, else every allowed key), at
    /// `line` or the mapping's own line.
    mutating func mapping(_ node: Node, _ what: String, allowed: [String]? = nil, required: [String]? = nil, at line: Int? = nil) -> [String: Node]? {
        guard let pairs = node.mapping else {
            fail(node, "\(what) must be a mapping of keys to values")
            return nil
        }
        var result: [String: Node] = [:]
        for (key, value) in pairs {
            guard let name = key.scalar?.string else {
                fail(key, "\(what) has a key that is not text")
                continue
            }
            if result[name] != nil {
                fail(key, "duplicate key '\(name)' in \(what)")
                continue
            }
            if let allowed, !allowed.contains(name) {
                fail(key, "unknown key '\(name)' in \(what) (expected one of: \(allowed.joined(separator: ", ")))")
                continue
            }
            result[name] = value
        }
        for name in required ?? allowed ?? [] where result[name] == nil {
            fail(line ?? node.mark?.line ?? 1, "missing key '\(name)' in \(what)")
        }
        return result
    }

    /// Non-empty text, trimmed.
    mutating func string(_ node: Node, _ what: String) -> String? {
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

    /// A non-empty list.
    mutating func sequence(_ node: Node, _ what: String) -> [Node]? {
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

    /// Text per language: exactly the languages offered (any known ones when `languages` is unreadable).
    mutating func perLanguage(_ node: Node, _ what: String, languages: [Language]?, keyLine: Int?) -> [Language: String]? {
        let allowed = (languages ?? Language.allCases).map(\.rawValue)
        guard let entries = mapping(node, "'\(what)'", allowed: allowed, required: languages == nil ? [] : allowed, at: keyLine) else { return nil }
        var result: [Language: String] = [:]
        for (code, value) in entries {
            guard let language = Language(rawValue: code), let text = string(value, "\(what).\(code)") else { continue }
            result[language] = text
        }
        return result.count == entries.count ? result : nil
    }

    /// Lines in `text`, the last one counted even without a final newline (at least 1).
    static func lineCount(_ text: String) -> Int {
        let breaks = text.utf8.count { $0 == UInt8(ascii: "\n") }
        return max(1, text.utf8.last == UInt8(ascii: "\n") ? breaks : breaks + 1)
    }

    /// The line of each key of a mapping.
    static func keyLines(_ node: Node) -> [String: Int] {
        var lines: [String: Int] = [:]
        for (key, _) in node.mapping ?? [:] {
            if let name = key.scalar?.string, lines[name] == nil { lines[name] = key.mark?.line }
        }
        return lines
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
}
