import Courses

extension Question {
    /// A number as a learner would write it: `5`, `3.5`.
    package static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }

    /// A response in words: the chosen options' text, true/false, the text or number typed,
    /// `prompt → answer` pairs.
    package func describe(_ response: Response) -> String {
        let options = self.options
        func option(_ index: Int) -> String {
            options.indices.contains(index) ? options[index] : "?"
        }
        switch response {
        case .choice(let index): return option(index)
        case .multi(let indexes): return indexes.sorted().map(option).joined(separator: "; ")
        case .truefalse(let value): return value ? "true" : "false"
        case .short(let text): return text
        case .numeric(let number): return Question.format(number)
        case .matching(let indexes):
            return zip(matchingPrompts, indexes).map { "\($0) → \(option($1))" }.joined(separator: "; ")
        }
    }

    /// The right answer in words (for the `answers` review policy).
    package var correctAnswer: String {
        switch answer {
        case .choice(let choices):
            return choices.max { $0.credit < $1.credit }?.text ?? ""
        case .multi(let choices):
            return choices.filter { $0.credit > 0 }.map(\.text).joined(separator: "; ")
        case .truefalse(let key):
            return key.answer ? "true" : "false"
        case .short(let answers):
            return answers.max { $0.credit < $1.credit }?.text ?? ""
        case .numeric(let answers):
            guard let best = answers.max(by: { $0.credit < $1.credit }) else { return "" }
            switch best.form {
            case .tolerance: return best.tolerance == 0 ? Question.format(best.value) : "\(Question.format(best.value)) ± \(Question.format(best.tolerance))"
            case .range: return "\(Question.format(best.min))..\(Question.format(best.max))"
            }
        case .matching(let pairs):
            return pairs.filter { !$0.isDistractor }.map { "\($0.prompt) → \($0.answer)" }.joined(separator: "; ")
        }
    }

    /// The feedback a response earns: the chosen answers' own feedback, then the general feedback.
    package func feedback(for response: Response?) -> [String] {
        var lines: [String] = []
        switch (answer, response) {
        case (.choice(let choices), .choice(let index)?) where choices.indices.contains(index):
            lines += [choices[index].feedback].compactMap { $0 }
        case (.multi(let choices), .multi(let indexes)?):
            lines += indexes.sorted().filter { choices.indices.contains($0) }.compactMap { choices[$0].feedback }
        case (.truefalse(let key), .truefalse(let value)?):
            lines += [value == key.answer ? key.feedbackIfRight : key.feedbackIfWrong].compactMap { $0 }
        case (.short(let answers), .short(let text)?):
            lines += [answers.first { $0.accepts(text, language: language) }?.feedback].compactMap { $0 }
        case (.numeric(let answers), .numeric(let number)?):
            lines += [answers.first { $0.accepts(number) }?.feedback].compactMap { $0 }
        default:
            break
        }
        if let generalFeedback { lines.append(generalFeedback) }
        return lines
    }
}
