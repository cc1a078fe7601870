import Foundation
import SanaStore

/// Where the CLI writes: results to stdout, diagnostics to stderr.
enum Output {
    static func line(_ text: String = "") {
        print(text)
    }

    static func error(_ message: String) {
        diagnostic("sana: error: \(message)")
    }

    static func warning(_ message: String) {
        diagnostic("sana: warning: \(message)")
    }

    /// A line on stderr, written at once (stdout is buffered, stderr is not).
    static func diagnostic(_ text: String) {
        flush()
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Text from a file made safe for a terminal: control, bidi-override and other invisible
    /// characters are shown as \u{...} instead of acting on the screen.
    static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isControlOrInvisible {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text from a course or a file for the terminal, several lines kept: like `visible`, but line
    /// breaks stay and a tab is a space, so a lesson or a question cannot move the cursor, set a
    /// title, write the clipboard (OSC 52) or reorder text with bidi controls.
    static func terminalSafe(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { visible($0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r", with: "")) }
            .joined(separator: "\n")
    }

    static func flush() {
        fflush(nil)
    }

    /// Pretty, key-sorted JSON on stdout.
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        line(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
