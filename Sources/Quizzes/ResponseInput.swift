import Courses
import Foundation

/// Turns what a learner typed (or a script wrote) into a `Response`, in the terms shown: option
/// letters in the shuffled order, prompts numbered 1, 2, ... Invalid input throws
/// `QuizzesError.invalidAnswer` whose reason says what to type instead.
package enum ResponseInput {
    package static let maxShortAnswerLength = 500

    /// The letter shown for the k-th option (0-based): a, b, c, ...
    package static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index)))
    }

    /// A line typed in the terminal.
    package static func parse(_ typed: String, question: Question, optionOrder: [Int]) throws -> Response {
        switch read(typed, question: question, optionOrder: optionOrder) {
        case .success(let response): return response
        case .failure(let problem): throw QuizzesError.invalidAnswer(qid: question.id, reason: problem.description)
        }
    }

    /// A line typed in the terminal, or why it is not an answer. Option letters, t and f may be
    /// typed on a Cyrillic layout without switching (`KeyboardLayout`).
    package static func read(_ typed: String, question: Question, optionOrder: [Int]) -> Result<Response, AnswerProblem> {
        let text = typed.trimmingCharacters(in: .whitespaces)
        if text.contains("\u{FFFD}") { return .failure(.notUTF8) }
        let count = optionOrder.count
        let last = count > 0 ? letter(count - 1) : "a"
        switch question.answer {
        case .choice:
            guard let index = letterIndex(text, count: count) else { return .failure(.oneLetter(last: last)) }
            return .success(.choice(optionOrder[index]))
        case .multi:
            guard let indexes = letterList(text, count: count), !indexes.isEmpty else { return .failure(.letters(last: last)) }
            return .success(.multi(indexes.map { optionOrder[$0] }))
        case .truefalse:
            guard let value = truth(text) else { return .failure(.trueOrFalse) }
            return .success(.truefalse(value))
        case .short:
            return shortAnswer(text).map(Response.short)
        case .numeric:
            guard let number = number(text) else { return .failure(.number) }
            return .success(.numeric(number))
        case .matching:
            let prompts = question.matchingPrompts.count
            guard let indexes = matching(text, prompts: prompts, count: count) else {
                return .failure(.matching(items: prompts, last: last, example: (0..<prompts).map { letter($0 % max(1, count)) }.joined(separator: " ")))
            }
            return .success(.matching(indexes.map { optionOrder[$0] }))
        }
    }

    /// A value from an answers file: letters as shown or the options' own text for choices,
    /// booleans or t/f for true/false, numbers or numeric text, a list (or an object prompt →
    /// answer) for matching.
    package static func parse(_ value: AnswerValue, question: Question, optionOrder: [Int]) throws -> Response {
        let problem = { (reason: String) in QuizzesError.invalidAnswer(qid: question.id, reason: reason) }
        let shown = optionOrder.map { question.options[$0] }
        func option(_ value: AnswerValue) -> Int? {
            guard let text = value.text?.trimmingCharacters(in: .whitespaces) else { return nil }
            if let index = letterIndex(text, count: shown.count) { return index }
            let folded = ShortAnswer.fold(text)
            return shown.firstIndex { ShortAnswer.fold($0) == folded }
        }
        switch (question.answer, value) {
        case (.choice, _):
            guard let index = option(value) else { throw problem("give one option, as its letter or its text") }
            return .choice(optionOrder[index])
        case (.multi, .list(let values)):
            let indexes = values.map(option)
            guard !indexes.isEmpty, indexes.allSatisfy({ $0 != nil }) else { throw problem("give a list of options, as letters or their text") }
            return .multi(Array(Set(indexes.map { optionOrder[$0!] })).sorted())
        case (.matching, .list(let values)):
            let indexes = values.map(option)
            guard indexes.count == question.matchingPrompts.count, indexes.allSatisfy({ $0 != nil }) else {
                throw problem("give one answer per item (\(question.matchingPrompts.count)), as letters or their text")
            }
            return .matching(indexes.map { optionOrder[$0!] })
        case (.matching, .object(let byPrompt)):
            let folded = Dictionary(byPrompt.map { (ShortAnswer.fold($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
            let indexes = question.matchingPrompts.map { folded[ShortAnswer.fold($0)].flatMap(option) }
            guard indexes.allSatisfy({ $0 != nil }) else { throw problem("give an answer for every item: \(question.matchingPrompts.joined(separator: "; "))") }
            return .matching(indexes.map { optionOrder[$0!] })
        case (.truefalse, .bool(let flag)):
            return .truefalse(flag)
        case (.numeric, .number(let number)):
            return .numeric(number)
        case (.short, .text(let text)):
            switch shortAnswer(text.trimmingCharacters(in: .whitespaces)) {
            case .success(let text): return .short(text)
            case .failure(let reason): throw problem(reason.description)
            }
        case (_, .list), (_, .object):
            throw problem("a \(question.type.rawValue) question takes a single value")
        default:
            guard let text = value.text else { throw problem("unreadable answer") }
            return try parse(text, question: question, optionOrder: optionOrder)
        }
    }

    private static func shortAnswer(_ text: String) -> Result<String, AnswerProblem> {
        if text.isEmpty { return .failure(.empty) }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }) {
            return .failure(.controlCharacter)
        }
        if text.count > maxShortAnswerLength { return .failure(.tooLong(max: maxShortAnswerLength)) }
        return .success(text)
    }

    /// `b`, `B`, `b)`, and on a Cyrillic layout `и` (the b key) or `с` (looks like c).
    static func letterIndex(_ text: String, count: Int) -> Int? {
        var token = text.lowercased()
        if token.hasSuffix(")") || token.hasSuffix(".") { token.removeLast() }
        guard token.count == 1, let typed = token.first else { return nil }
        let latin = KeyboardLayout.latin(typed) { character in
            guard let value = character.asciiValue, value >= 97 else { return false }
            return Int(value) - 97 < count
        }
        return latin.map { Int($0.asciiValue!) - 97 }
    }

    /// `a c`, `a,c`, `ac`: distinct letters, in the order typed.
    static func letterList(_ text: String, count: Int) -> [Int]? {
        var indexes: [Int] = []
        for character in text.lowercased() {
            if character == " " || character == "," || character == ";" { continue }
            guard let index = letterIndex(String(character), count: count) else { return nil }
            if !indexes.contains(index) { indexes.append(index) }
        }
        return indexes
    }

    /// `b a c`, `bac`, `1b 2a 3c`, `1-b, 2-a, 3-c`: one letter per prompt.
    static func matching(_ text: String, prompts: Int, count: Int) -> [Int]? {
        let lowered = text.lowercased()
        var numbered: [Int: Int] = [:]
        var plain: [Int] = []
        var pendingNumber: Int?
        for character in lowered {
            if let digit = character.wholeNumberValue, character.isASCII {
                pendingNumber = (pendingNumber ?? 0) * 10 + digit
                continue
            }
            if character == " " || character == "," || character == ";" || character == "-" || character == ":" || character == "=" { continue }
            guard let index = letterIndex(String(character), count: count) else { return nil }
            if let number = pendingNumber {
                guard (1...prompts).contains(number), numbered[number] == nil else { return nil }
                numbered[number] = index
                pendingNumber = nil
            } else {
                plain.append(index)
            }
        }
        if pendingNumber != nil { return nil }
        if !numbered.isEmpty {
            guard plain.isEmpty, numbered.count == prompts else { return nil }
            return (1...prompts).map { numbered[$0]! }
        }
        return plain.count == prompts ? plain : nil
    }

    /// t/f, true/false, y/n, yes/no, the same in Kazakh and Russian, and t or f typed on a
    /// Cyrillic layout (`е` and `а` sit on the t and f keys).
    static func truth(_ text: String) -> Bool? {
        let words = text.lowercased().split(separator: " ").joined(separator: " ")
        switch words {
        case "t", "true", "y", "yes", "1", "д", "да", "верно", "правда", "иә", "ия", "дұрыс", "ақиқат": return true
        case "f", "false", "n", "no", "0", "н", "нет", "неверно", "ложь", "жоқ", "жалған", "бұрыс", "дұрыс емес": return false
        default:
            guard words.count == 1, let typed = words.first else { return nil }
            switch KeyboardLayout.latin(typed, allowed: { $0 == "t" || $0 == "f" }) {
            case "t"?: return true
            case "f"?: return false
            default: return nil
            }
        }
    }

    /// `42`, `-3.5`, `3,5`, `1 000`, `5%`.
    static func number(_ text: String) -> Double? {
        var cleaned = text.replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: " ", with: "")
        if cleaned.hasSuffix("%") { cleaned.removeLast() }
        if cleaned.filter({ $0 == "," }).count == 1 && !cleaned.contains(".") {
            cleaned = cleaned.replacingOccurrences(of: ",", with: ".")
        }
        cleaned = cleaned.replacingOccurrences(of: "−", with: "-")
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E") }),
              let number = Double(cleaned), number.isFinite else { return nil }
        return number
    }
}
