import Foundation

/// Measures the cues of a package's exam pools, per pool and language, and turns those above
/// the thresholds into errors (`sana course check` fails on them; courses/README.md explains
/// each rule). Practice sets are not measured: practice is not assessed and shows the answer.
///
/// - the key is the strictly longest option in at most `maxLongestKeyShare` of the single-answer
///   questions;
/// - always choosing the longest option (alone, for multiple answers; a tie shares its credit)
///   and always answering True earns at most `maxLongestTrueScore` percent over the whole pool
///   (short, numeric and matching questions earn it nothing);
/// - with at least `minMultiAnswerForSpread` multiple-answer questions, they do not all have the
///   same number of right answers;
/// - with at least `minTrueFalseForBalance` true/false questions, at most `maxTrueFalseShare` of
///   them have the same answer;
/// - general feedback never contains the key option, a right option, an accepted short answer
///   or a numeric answer's value (case-folded, as whole words), and true/false general feedback
///   never starts with a verdict word (`verdictWords`); nor does a wrong option's own feedback
///   name a right option (a learner who chose it reads that feedback under `review: correctness`).
package enum CueCheck {
    package static let maxLongestKeyShare = 0.35
    package static let maxLongestTrueScore = 30.0
    package static let minMultiAnswerForSpread = 4
    package static let maxTrueFalseShare = 0.70
    package static let minTrueFalseForBalance = 5
    /// Case-folded; a true/false question's general feedback may not start with one of them (the
    /// first edition's Kazakh feedback said «Жалған.» where English said "False.").
    package static let verdictWords: Set<String> = ["true", "false", "верно", "неверно", "правда", "ложь", "дұрыс", "қате", "бұрыс", "жалған", "ақиқат"]

    /// The figures of every exam pool of `package`, pools in exam order, languages in course order.
    package static func measure(_ package: CoursePackage) -> [PoolCues] {
        let languages = package.definition?.languages ?? Language.allCases
        var found: [PoolCues] = []
        for pool in package.pools {
            for language in languages {
                guard let entries = package.entries[pool]?[language], let file = package.poolFiles[pool]?[language] else { continue }
                found.append(measure(pool: pool, language: language, file: file, entries: entries))
            }
        }
        return found
    }

    static func measure(pool: String, language: Language, file: String, entries: [GIFTEntry]) -> PoolCues {
        var cues = PoolCues(pool: pool, language: language, file: file, questions: entries.count, singleAnswer: 0, longestKey: [],
                            longestTrueScore: 0, longestTrueScoring: [], multiAnswer: [], rightCounts: [], trueItems: [], falseItems: [], leaks: [])
        var total = 0.0
        for entry in entries {
            let question = entry.question
            let id = question.id
            var earned = 0.0
            switch question.answer {
            case .choice(let choices):
                cues.singleAnswer += 1
                if let key = choices.indices.max(by: { choices[$0].credit < choices[$1].credit }) {
                    let length = choices[key].text.count
                    if choices.indices.allSatisfy({ $0 == key || choices[$0].text.count < length }) {
                        cues.longestKey.append(id)
                    }
                }
                earned = longestOptionCredit(choices)
            case .multi(let choices):
                cues.multiAnswer.append(id)
                cues.rightCounts.append(choices.filter { $0.credit > 0 }.count)
                earned = longestOptionCredit(choices)
            case .truefalse(let key):
                if key.answer {
                    cues.trueItems.append(id)
                    earned = 100
                } else {
                    cues.falseItems.append(id)
                }
            case .short, .numeric, .matching:
                break
            }
            total += earned
            if earned > 0 { cues.longestTrueScoring.append(id) }
            for leak in leaks(question) {
                cues.leaks.append(PoolCues.Leak(qid: id, line: entry.line, message: leak))
            }
        }
        cues.longestTrueScore = entries.isEmpty ? 0 : total / Double(entries.count)
        return cues
    }

    /// Errors for every figure above its threshold: pool-wide ones at line 1 of the pool file,
    /// leaks at their question's line.
    package static func diagnostics(_ cues: [PoolCues]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for pool in cues {
            func error(_ message: String) { found.append(.error(pool.file, 1, message)) }
            if pool.longestKeyShare > maxLongestKeyShare {
                error("the key is the longest option in \(pool.longestKey.count) of \(pool.singleAnswer) single-answer questions "
                    + "(\(percent(pool.longestKeyShare * 100)), at most \(percent(maxLongestKeyShare * 100))): \(pool.longestKey.joined(separator: ", "))")
            }
            if pool.longestTrueScore > maxLongestTrueScore {
                error("always choosing the longest option and answering True would score \(percent(pool.longestTrueScore)) "
                    + "(at most \(percent(maxLongestTrueScore))): it earns credit on \(pool.longestTrueScoring.joined(separator: ", "))")
            }
            if pool.multiAnswer.count >= minMultiAnswerForSpread, let first = pool.rightCounts.first, pool.rightCounts.allSatisfy({ $0 == first }) {
                error("all \(pool.multiAnswer.count) multiple-answer questions have \(first) right answer\(first == 1 ? "" : "s"): "
                    + "vary the number between 1 and the number of options (\(pool.multiAnswer.joined(separator: ", ")))")
            }
            let trueFalse = pool.trueItems.count + pool.falseItems.count
            if trueFalse >= minTrueFalseForBalance, pool.trueFalseMajorityShare > maxTrueFalseShare {
                let (word, items) = pool.trueItems.count >= pool.falseItems.count ? ("True", pool.trueItems) : ("False", pool.falseItems)
                error("\(items.count) of \(trueFalse) true/false questions are \(word) "
                    + "(\(percent(pool.trueFalseMajorityShare * 100)), at most \(percent(maxTrueFalseShare * 100)) either way): \(items.joined(separator: ", "))")
            }
            for leak in pool.leaks {
                found.append(.error(pool.file, leak.line, leak.message))
            }
        }
        return found
    }

    /// `41.7%`, `35%`.
    package static func percent(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return (rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)) + "%"
    }

    /// The credit (0...100) of the longest option chosen alone; options tied for longest share it.
    private static func longestOptionCredit(_ choices: [Choice]) -> Double {
        guard let longest = choices.map({ $0.text.count }).max() else { return 0 }
        let tied = choices.filter { $0.text.count == longest }
        return tied.map { min(100, max(0, $0.credit)) }.reduce(0, +) / Double(tied.count)
    }

    /// What in a question's feedback gives its key away, as messages: its general feedback (see
    /// `generalFeedbackLeak`), and the feedback of a wrong option naming a right one (under
    /// `review: correctness` a learner who chose that option would read the key in it).
    static func leaks(_ question: Question) -> [String] {
        var found: [String] = []
        if let leak = generalFeedbackLeak(question) { found.append(leak) }
        if case .choice(let choices) = question.answer {
            found += optionFeedbackLeaks(question.id, choices, rightWord: "key")
        } else if case .multi(let choices) = question.answer {
            found += optionFeedbackLeaks(question.id, choices, rightWord: "right option")
        }
        return found
    }

    private static func optionFeedbackLeaks(_ id: String, _ choices: [Choice], rightWord: String) -> [String] {
        let right = choices.filter { $0.credit > 0 }
        return choices.filter { $0.credit <= 0 }.compactMap { wrong in
            guard let feedback = wrong.feedback, let named = right.first(where: { mentions(feedback, $0.text) }) else { return nil }
            return "the feedback of wrong option '\(wrong.text)' of question \(id) contains its \(rightWord) '\(named.text)'"
        }
    }

    /// What in a question's general feedback gives its key away, as a message; nil when nothing does.
    static func generalFeedbackLeak(_ question: Question) -> String? {
        guard let feedback = question.generalFeedback else { return nil }
        let id = question.id
        switch question.answer {
        case .choice(let choices):
            if let key = choices.first(where: { $0.credit >= 100 }), mentions(feedback, key.text) {
                return "the general feedback of question \(id) contains its key '\(key.text)'"
            }
        case .multi(let choices):
            if let right = choices.first(where: { $0.credit > 0 && mentions(feedback, $0.text) }) {
                return "the general feedback of question \(id) contains its right option '\(right.text)'"
            }
        case .short(let answers):
            if let accepted = answers.first(where: { $0.credit > 0 && mentions(feedback, $0.text) }) {
                return "the general feedback of question \(id) contains its accepted answer '\(accepted.text)'"
            }
        case .numeric(let answers):
            let numbers = numbers(in: feedback)
            for answer in answers where answer.credit > 0 {
                let values = answer.form == .range ? [answer.min, answer.max] : [answer.value]
                if let value = values.first(where: { value in numbers.contains { abs($0 - value) <= 1e-9 * max(1, abs(value)) } }) {
                    return "the general feedback of question \(id) contains its answer \(format(value))"
                }
            }
        case .truefalse:
            let word = String(feedback.trimmingCharacters(in: .whitespacesAndNewlines).prefix { $0.isLetter })
            if verdictWords.contains(ShortAnswer.fold(word)) {
                return "the general feedback of true/false question \(id) starts with the verdict '\(word)'"
            }
        case .matching:
            break
        }
        return nil
    }

    /// Whether `text` contains `phrase` after `ShortAnswer.textFold`, as whole words: a letter or digit
    /// at either end of the phrase may not continue into the text around it (`AI` is not in `said`).
    static func mentions(_ text: String, _ phrase: String) -> Bool {
        let haystack = Array(ShortAnswer.textFold(text)), needle = Array(ShortAnswer.textFold(phrase))
        guard let head = needle.first, let tail = needle.last, needle.count <= haystack.count else { return false }
        func isWord(_ character: Character) -> Bool { character.isLetter || character.isNumber }
        for start in 0...(haystack.count - needle.count) where haystack[start] == head {
            let end = start + needle.count
            guard haystack[start..<end].elementsEqual(needle) else { continue }
            if isWord(head), start > 0, isWord(haystack[start - 1]) { continue }
            if isWord(tail), end < haystack.count, isWord(haystack[end]) { continue }
            return true
        }
        return false
    }

    /// The numbers written in `text`: `1956`, `3.5`, `3,5` (and `1,000` also as 1000).
    static func numbers(in text: String) -> [Double] {
        var found: [Double] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            var fraction = ""
            var separator: Character?
            if end + 1 < characters.count, characters[end] == "." || characters[end] == ",", characters[end + 1].isASCII, characters[end + 1].isNumber {
                separator = characters[end]
                var next = end + 1
                while next < characters.count, characters[next].isASCII, characters[next].isNumber { next += 1 }
                fraction = String(characters[(end + 1)..<next])
                end = next
            }
            let whole = String(characters[index..<(separator == nil ? end : end - fraction.count - 1)])
            if let value = Double(fraction.isEmpty ? whole : whole + "." + fraction) { found.append(value) }
            if separator == ",", fraction.count == 3, let thousands = Double(whole + fraction) { found.append(thousands) }
            index = end
        }
        return found
    }

    private static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}
