import Courses

/// Credit in 0...1 for a response, by question type: the option's credit for `choice`; the sum of
/// the chosen options' credits for `multi` (wrong options take credit away, never below 0);
/// all or nothing for `truefalse`; the best accepted answer after `ShortAnswer.fold` for `short`;
/// the best accepted value or range for `numeric`; the share of prompts matched for `matching`.
/// A response of the wrong kind, or an index out of range, earns 0.
package enum Grader {
    package static func credit(_ question: Question, _ response: Response?) -> Double {
        guard let response else { return 0 }
        let percent: Double
        switch (question.answer, response) {
        case (.choice(let choices), .choice(let index)):
            percent = choices.indices.contains(index) ? choices[index].credit : 0
        case (.multi(let choices), .multi(let indexes)):
            let chosen = Set(indexes)
            guard chosen.allSatisfy({ choices.indices.contains($0) }) else { return 0 }
            percent = chosen.reduce(0) { $0 + choices[$1].credit }
        case (.truefalse(let key), .truefalse(let value)):
            percent = key.answer == value ? 100 : 0
        case (.short(let answers), .short(let text)):
            let folded = ShortAnswer.fold(text, language: question.language)
            percent = answers.filter { ShortAnswer.fold($0.text, language: question.language) == folded }.map(\.credit).max() ?? 0
        case (.numeric(let answers), .numeric(let number)):
            percent = number.isFinite ? (answers.filter { $0.accepts(number) }.map(\.credit).max() ?? 0) : 0
        case (.matching(let pairs), .matching(let chosen)):
            let prompts = pairs.filter { !$0.isDistractor }
            guard !prompts.isEmpty else { return 0 }
            var right = 0
            for (index, pair) in prompts.enumerated() where index < chosen.count {
                let answer = chosen[index]
                if pairs.indices.contains(answer), pairs[answer].answer == pair.answer { right += 1 }
            }
            return Double(right) / Double(prompts.count)
        default:
            return 0
        }
        return min(1, max(0, percent / 100))
    }
}
