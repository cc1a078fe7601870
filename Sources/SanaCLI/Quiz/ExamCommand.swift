import Quizzes

/// A command typed at the exam's prompt: `:n`, `:b`, `:g N`, `:f`, `:l`, `:h`, `:q`, `:s` (or their
/// long names), Enter, `>` and `<`, `?`, and `:5` for question 5. On a Cyrillic layout the same keys
/// give `:т`, `:и`, `:п 5`, `:а`, `:д`, `:р`, `:й`, `:ы`, read as the Latin letters on those keys.
enum ExamCommand: Equatable {
    case next, back, go(Int?), flag, list, help, quit, submit, unknown

    /// The command typed, nil when the line is an answer.
    static func parse(_ typed: String) -> ExamCommand? {
        if typed.isEmpty || typed == ">" { return .next }
        if typed == "<" { return .back }
        if typed == "?" { return .help }
        guard typed.hasPrefix(":") else { return nil }
        let words = typed.dropFirst().lowercased().split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let word = words.first ?? ""
        let argument = words.count == 2 ? Int(words[1]) : nil
        switch word.count == 1 ? KeyboardLayout.commandWord(word) : word {
        case "n", "next": return .next
        case "b", "back": return .back
        case "g", "go": return .go(words.count == 2 ? argument : nil)
        case "f", "flag": return .flag
        case "l", "list": return .list
        case "h", "help": return .help
        case "q", "quit": return .quit
        case "s", "submit": return .submit
        default:
            if let number = Int(word) { return .go(number) }
            return .unknown
        }
    }
}
