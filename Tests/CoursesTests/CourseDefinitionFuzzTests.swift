@testable import Courses
import Foundation
import SanaTestSupport
import Testing

/// course.yaml reading on mutated files (seeds: the shipped course.yaml and a few in other YAML
/// styles). Properties: no crash, no hang, every diagnostic on a line of the file, a diagnostic
/// whenever there is no definition, and the round trip: a definition read, written back as
/// plain YAML, reads as the same definition.
@Suite struct CourseDefinitionFuzzTests {
    static let target = "course-yaml"

    static let dictionary = [
        ": ", "- ", "[", "]", "{", "}", ", ", "&a ", "*a", "<<: *a", "!!str ", "!!int ", "!!binary ", "!!map ", "? ", "---\n", "...\n",
        "|\n", ">-\n", "'", "\"", "# c\n", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "\t", "  ", "\n  ", "\n    - ", "~", "null", "true",
        "0x1F", "0o17", ".inf", ".nan", "1e3", "exam:", "pools:", "pool: ", "draw: ", "languages:", "kk", "ru", "en", "time_limit_minutes: ",
        "attempts: ", "cooldown_minutes: ", "pass_mark: ", "grading: ", "review: ", "lessons:", "id: ", "title:", "description:",
        "\\u0085", "\\x00", "\\U0001F600",
    ]

    static func seeds() -> [[UInt8]] {
        FuzzPaths.files(in: "courses/ai-foundations", suffix: ".yaml").map(\.bytes)
            + FuzzPaths.files(in: "Tests/Fuzz/corpus/course-yaml").map(\.bytes)
    }

    static func check(_ input: [UInt8]) -> FuzzFailure? {
        let text = String(decoding: input, as: UTF8.self)
        var reader = CourseDefinitionReader(file: "course.yaml")
        let definition = reader.read(text)
        // YAML breaks lines at LF, CR, CRLF, and NEL, LS, PS.
        let lines = text.unicodeScalars.split(omittingEmptySubsequences: false) { "\n\r\u{85}\u{2028}\u{2029}".unicodeScalars.contains($0) }.count
        if let bad = reader.diagnostics.first(where: { !(1...lines).contains($0.line) }) {
            return FuzzFailure("diagnostic line out of range", "\(bad) in a file of \(lines) lines")
        }
        if let bad = reader.lines.first(where: { !(1...lines).contains($0.value) }) {
            return FuzzFailure("entry line out of range", "\(bad.key) at line \(bad.value) of \(lines)")
        }
        guard let definition else {
            if reader.diagnostics.isEmpty { return FuzzFailure("no definition and no diagnostic", "the reader gave neither") }
            return nil
        }
        // (A definition may come with diagnostics: an unknown top-level key is an error, yet the
        // rest is still read and checked, and the package's errors stop its import.)
        let written = CourseDefinitionFuzzTests.yaml(definition)
        var again = CourseDefinitionReader(file: "again.yaml")
        let reread = again.read(written)
        if !again.diagnostics.isEmpty {
            return FuzzFailure("round trip: the written definition does not read", "\(again.diagnostics[0])\n\(written)")
        }
        if reread != definition {
            return FuzzFailure("round trip: a different definition", "\(definition)\nwritten as\n\(written)\nread back as \(String(describing: reread))")
        }
        return nil
    }

    /// A definition as plain block YAML, every text double-quoted with printable ASCII only.
    static func yaml(_ definition: CourseDefinition) -> String {
        func quoted(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case " "..."~": out.unicodeScalars.append(scalar)
                default: out += scalar.value > 0xFFFF ? String(format: "\\U%08X", scalar.value) : String(format: "\\u%04X", scalar.value)
                }
            }
            return out + "\""
        }
        func perLanguage(_ values: [Language: String]) -> String {
            values.keys.sorted { $0.rawValue < $1.rawValue }.map { "\n  \($0.rawValue): \(quoted(values[$0]!))" }.joined()
        }
        let exam = definition.exam
        return """
            id: \(quoted(definition.id))
            languages: [\(definition.languages.map(\.rawValue).joined(separator: ", "))]
            title:\(perLanguage(definition.title))
            description:\(perLanguage(definition.description))
            lessons:\(definition.lessons.map { "\n  - \(quoted($0))" }.joined())
            exam:
              pools:\(exam.pools.map { "\n    - pool: \(quoted($0.pool))\n      draw: \($0.draw)" }.joined())
              time_limit_minutes: \(exam.timeLimitMinutes)
              attempts: \(exam.attempts)
              cooldown_minutes: \(exam.cooldownMinutes)
              pass_mark: \(exam.passMark)
              grading: \(exam.grading.rawValue)
              review: \(exam.review.rawValue)

            """
    }

    @Test func mutatedDefinitions() async {
        let fuzzer = Fuzzer(target: CourseDefinitionFuzzTests.target, seeds: CourseDefinitionFuzzTests.seeds(), mutator: Mutator(dictionary: CourseDefinitionFuzzTests.dictionary, maxLength: 64 * 1024), iterations: 3000)
        let report = await fuzzer.run(CourseDefinitionFuzzTests.check)
        print(report)
        FuzzKnownIssues.expect(report, known: CourseDefinitionFuzzTests.knownKinds)
    }

    static let knownKinds: [String: String] = [
        "diagnostic line out of range": "a YAML error at the end of a file without a final newline is reported one line past the last line (libyaml's end-of-stream mark)",
    ]

    @Test(arguments: FuzzRegression.all(CourseDefinitionFuzzTests.target))
    func regression(_ regression: FuzzRegression) async {
        await withKnownIssue(Comment(rawValue: regression.knownIssue ?? "")) {
            let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent], "\(regression)") { [regression = regression as FuzzRegression] in
                if let failure = regression.check(CourseDefinitionFuzzTests.check) {
                    FileHandle.standardError.write(Data("\(failure)\n".utf8))
                }
            }
            // It ran to the end (a crash fails the exit test above): did every property hold?
            if let result {
                let failure = String(decoding: result.standardErrorContent, as: UTF8.self)
                #expect(failure.isEmpty, "\(regression): \(failure.suffix(3000))")
            }
        } when: {
            regression.knownIssue != nil
        }
    }
}
