import Courses
import Foundation

/// Turns what a learner typed (or a script wrote) into a `Response`, in the terms shown: option
/// letters in the shuffled order, prompts numbered 1, 2, ... Invalid input throws
/// `QuizzesError.invalidAnswer` whose reason says what to type instead.
public enum ResponseInput {
    public static let maxShortAnswerLength = 500

    /// The letter shown for the k-th option (0-based): a, b, c, ...
    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index)))
    }

    /// A line typed in the terminal.
    public static func parse(_ typed: String, question: Question, optionOrder: [Int]) throws -> Response {
        let text = typed.trimmingCharacters(in: .whitespaces)
        let problem = { (reason: String) in QuizzesError.invalidAnswer(qid: question.id, reason: reason) }
        if text.contains("\u{FFFD}") {
            throw problem("the terminal sent text that is not UTF-8: set a UTF-8 locale (LANG=kk_KZ.UTF-8, ru_RU.UTF-8 or C.UTF-8)")
        }
        let count = optionOrder.count
        switch question.answer {
        case .choice:
            guard let index = letterIndex(text, count: count) else {
                throw problem("type one letter from a to \(letter(count - 1))")
            }
            return .choice(optionOrder[index])
        case .multi:
            guard let indexes = letterList(text, count: count), !indexes.isEmpty else {
                throw problem("type the letters of every option you choose, from a to \(letter(count - 1)), such as: a c")
            }
            return .multi(indexes.map { optionOrder[$0] })
        case .truefalse:
            guard let value = truth(text) else { throw problem("type t (true) or f (false)") }
            return .truefalse(value)
        case .short:
            return .short(try shortAnswer(text, problem: problem))
        case .numeric:
            guard let number = number(text) else { throw problem("type a number, such as 42 or 3.5") }
            return .numeric(number)
        case .matching:
            let prompts = question.matchingPrompts.count
            guard let indexes = matching(text, prompts: prompts, count: count) else {
                throw problem("type one letter (a to \(letter(count - 1))) for each of the \(prompts) items in order, such as: \((0..<prompts).map { letter($0 % count) }.joined(separator: " "))")
            }
            return .matching(indexes.map { optionOrder[$0] })
        }
    }

    /// A value from an answers file: letters as shown or the options' own text for choices,
    /// booleans or t/f for true/false, numbers or numeric text, a list (or an object prompt →
    /// answer) for matching.
    public static func parse(_ value: AnswerValue, question: Question, optionOrder: [Int]) throws -> Response {
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
            return .short(try shortAnswer(text.trimmingCharacters(in: .whitespaces), problem: problem))
        case (_, .list), (_, .object):
            throw problem("a \(question.type.rawValue) question takes a single value")
        default:
            guard let text = value.text else { throw problem("unreadable answer") }
            return try parse(text, question: question, optionOrder: optionOrder)
        }
    }

    private static func shortAnswer(_ text: String, problem: (String) -> QuizzesError) throws -> String {
        if text.isEmpty { throw problem("type your answer") }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }) {
            throw problem("the answer contains a control character")
        }
        if text.count > maxShortAnswerLength { throw problem("the answer is longer than \(maxShortAnswerLength) characters") }
        return text
    }

    /// `b`, `B`, `b)`.
    static func letterIndex(_ text: String, count: Int) -> Int? {
        var token = text.lowercased()
        if token.hasSuffix(")") || token.hasSuffix(".") { token.removeLast() }
        guard token.count == 1, let scalar = token.unicodeScalars.first, scalar.isASCII,
              scalar.value >= 97, Int(scalar.value) - 97 < count else { return nil }
        return Int(scalar.value) - 97
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

    /// t/f, true/false, y/n, yes/no, and the same in Kazakh and Russian.
    static func truth(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "t", "true", "y", "yes", "1", "д", "да", "верно", "правда", "иә", "ия", "дұрыс", "ақиқат": return true
        case "f", "false", "n", "no", "0", "н", "нет", "неверно", "ложь", "жоқ", "жалған", "бұрыс": return false
        default: return nil
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
