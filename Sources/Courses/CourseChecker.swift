/// The checks that need the whole package: every lesson, question and practice set in every
/// language, the same ids and answer structures in each, a correct answer for every question,
/// partial credits that add up, draw counts within their pools, practice sets only for listed
/// lessons, no duplicate ids (practice ids differ from exam ids too).
struct CourseChecker {
    let package: CoursePackage

    /// A pool or a practice set: its files and questions per language.
    private struct Bank {
        var practice: Bool
        var files: [Language: String]
        var entries: [Language: [GIFTEntry]]
    }

    func check() -> [Diagnostic] {
        guard let definition = package.definition else { return questionChecks(languages: Language.allCases) }
        return lessonChecks(definition) + poolChecks(definition) + practiceChecks(definition) + questionChecks(languages: definition.languages)
    }

    private var banks: [Bank] {
        package.pools.map { Bank(practice: false, files: package.poolFiles[$0] ?? [:], entries: package.entries[$0] ?? [:]) }
            + package.practiceSets.map { Bank(practice: true, files: package.practiceFiles[$0] ?? [:], entries: package.practiceEntries[$0] ?? [:]) }
    }

    private var courseFile: String { package.path("course.yaml") }

    private func line(_ key: String) -> Int {
        package.definitionLines[key] ?? 1
    }

    private func lessonChecks(_ definition: CourseDefinition) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, slug) in definition.lessons.enumerated() {
            for language in definition.languages where package.lessonFiles[slug]?[language] == nil {
                found.append(.error(courseFile, line("lesson:\(slug)"), "lesson \(slug) has no \(language.rawValue) file: expected lessons/\(slug).\(language.rawValue).md"))
            }
            if let number = Int(slug.prefix(2)), number != index + 1 {
                found.append(.warning(courseFile, line("lesson:\(slug)"), "lesson \(slug) is lesson \(index + 1) in this order, but its name says \(slug.prefix(2))"))
            }
        }
        for (slug, files) in package.lessonFiles.sorted(by: { $0.key < $1.key }) where !definition.lessons.contains(slug) {
            for (_, file) in files.sorted(by: { $0.key < $1.key }) {
                found.append(.error(file, 1, "lesson \(slug) is not listed under 'lessons' in course.yaml"))
            }
        }
        return found
    }

    private func poolChecks(_ definition: CourseDefinition) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for draw in definition.exam.pools {
            for language in definition.languages where package.poolFiles[draw.pool]?[language] == nil {
                found.append(.error(courseFile, line("pool:\(draw.pool)"), "pool \(draw.pool) has no \(language.rawValue) file: expected questions/\(draw.pool).\(language.rawValue).gift"))
            }
            let sizes = definition.languages.compactMap { package.entries[draw.pool]?[$0]?.count }
            if let smallest = sizes.min(), draw.draw > smallest {
                found.append(.error(courseFile, line("pool:\(draw.pool)"), "the exam draws \(draw.draw) questions from pool \(draw.pool), which has only \(smallest)"))
            }
        }
        let drawn = Set(definition.exam.pools.map(\.pool))
        for (pool, files) in package.poolFiles.sorted(by: { $0.key < $1.key }) where !drawn.contains(pool) {
            let present = files.sorted { $0.key < $1.key }
            found.append(.warning(present[0].value, 1, "pool \(pool) is not drawn by the exam (exam.pools in course.yaml)"))
            for language in definition.languages where files[language] == nil {
                found.append(.error(present[0].value, 1, "pool \(pool) has no \(language.rawValue) file: expected questions/\(pool).\(language.rawValue).gift"))
            }
        }
        return found
    }

    /// A practice set belongs to a listed lesson and exists in every language the course offers.
    private func practiceChecks(_ definition: CourseDefinition) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (slug, files) in package.practiceFiles.sorted(by: { $0.key < $1.key }) {
            let present = files.sorted { $0.key < $1.key }
            if !definition.lessons.contains(slug) {
                for (_, file) in present {
                    found.append(.error(file, 1, "practice set \(slug) is for no lesson: lessons/\(slug) is not listed under 'lessons' in course.yaml"))
                }
                continue
            }
            for language in definition.languages where files[language] == nil {
                found.append(.error(present[0].value, 1, "practice set \(slug) has no \(language.rawValue) file: expected practice/\(slug).\(language.rawValue).gift"))
            }
        }
        return found
    }

    private func questionChecks(languages: [Language]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen: [Language: [String: (file: String, line: Int, practice: Bool)]] = [:]
        for bank in banks {
            let files = bank.files
            let present = languages.filter { bank.entries[$0] != nil }
            var byLanguage: [Language: [String: GIFTEntry]] = [:]
            for language in present {
                let file = files[language]!
                for entry in bank.entries[language]! {
                    let id = entry.question.id
                    if let first = seen[language]?[id] {
                        if bank.practice && !first.practice {
                            found.append(.error(file, entry.line, "practice question \(id) has the id of an exam question (\(first.file):\(first.line)): practice ids must differ from exam ids"))
                        } else {
                            found.append(.error(file, entry.line, "duplicate question id \(id) (first at \(first.file):\(first.line))"))
                        }
                        continue
                    }
                    seen[language, default: [:]][id] = (file, entry.line, bank.practice)
                    byLanguage[language, default: [:]][id] = entry
                    found += validity(entry, file: file)
                }
            }
            // Every id in every language, compared with the first language that has it.
            var ids: [String] = []
            for language in present {
                for entry in bank.entries[language]! where !ids.contains(entry.question.id) {
                    ids.append(entry.question.id)
                }
            }
            for id in ids {
                guard let reference = present.first(where: { byLanguage[$0]?[id] != nil }),
                      let model = byLanguage[reference]?[id]
                else { continue }
                for language in present where language != reference {
                    guard let other = byLanguage[language]?[id] else {
                        found.append(.error(files[reference]!, model.line, "question \(id) is missing in \(language.rawValue) (\(relative(files[language]!)))"))
                        continue
                    }
                    let expected = Structure(model.question.answer), actual = Structure(other.question.answer)
                    if expected != actual {
                        found.append(.error(files[language]!, other.line, "question \(id) has a different answer structure in \(language.rawValue) than in \(reference.rawValue): \(actual) instead of \(expected)"))
                    }
                }
            }
        }
        return found
    }

    private func relative(_ file: String) -> String {
        file.hasPrefix(package.folder + "/") ? String(file.dropFirst(package.folder.count + 1)) : file
    }

    /// One question on its own: a correct answer, credits that add up, enough options, feedback.
    private func validity(_ entry: GIFTEntry, file: String) -> [Diagnostic] {
        let question = entry.question
        let id = question.id
        var found: [Diagnostic] = []
        func error(_ message: String) { found.append(.error(file, entry.line, message)) }
        switch question.answer {
        case .choice(let choices):
            if choices.count < 2 { error("question \(id) has only \(choices.count) option: a choice question needs at least 2") }
            if !choices.contains(where: { $0.credit == 100 }) { error("question \(id) has no correct answer: no option earns 100%") }
        case .multi(let choices):
            let positive = choices.map(\.credit).filter { $0 > 0 }.reduce(0, +)
            if choices.count < 2 { error("question \(id) has only \(choices.count) option: a multiple-answer question needs at least 2") }
            if positive == 0 {
                error("question \(id) has no correct answer: no option earns credit")
            } else if abs(positive - 100) > 0.01 {
                error("partial credits of question \(id) add up to \(GIFTExporter.number((positive * 1000).rounded() / 1000))%, not 100%")
            }
        case .truefalse:
            break
        case .short(let answers):
            if !answers.contains(where: { $0.credit == 100 }) { error("question \(id) has no correct answer: no accepted answer earns 100%") }
        case .numeric(let answers):
            if !answers.contains(where: { $0.credit == 100 }) { error("question \(id) has no correct answer: no numeric answer earns 100%") }
        case .matching(let pairs):
            let prompts = pairs.filter { !$0.isDistractor }.map(\.prompt)
            if prompts.count < 2 { error("question \(id) has \(prompts.count) matching pair: it needs at least 2") }
            if Set(prompts.map(ShortAnswer.fold)).count != prompts.count { error("question \(id) has the same matching prompt twice") }
        }
        if !question.hasFeedback {
            found.append(.warning(file, entry.line, "question \(id) has no feedback: add '#...' after answers or '####...' before '}'"))
        }
        return found
    }
}

/// The part of an answer key that must be the same in every language: type, option count and
/// credits, the true/false answer, numeric values; not the texts (short answers may accept more
/// spellings in one language than another, so only their type counts).
private struct Structure: Equatable, CustomStringConvertible {
    let description: String

    init(_ key: AnswerKey) {
        switch key {
        case .choice(let choices):
            description = "a choice question with credits \(choices.map { GIFTExporter.number($0.credit) }.joined(separator: ", "))"
        case .multi(let choices):
            description = "a multiple-answer question with credits \(choices.map { GIFTExporter.number($0.credit) }.joined(separator: ", "))"
        case .truefalse(let key):
            description = "a true/false question whose answer is \(key.answer ? "true" : "false")"
        case .short:
            description = "a short-answer question"
        case .numeric(let answers):
            description = "a numeric question accepting \(answers.map { "\(GIFTExporter.number($0.min))..\(GIFTExporter.number($0.max)) for \(GIFTExporter.number($0.credit))%" }.joined(separator: ", "))"
        case .matching(let pairs):
            let distractors = pairs.filter(\.isDistractor).count
            description = "a matching question with \(pairs.count - distractors) pairs" + (distractors > 0 ? " and \(distractors) distractors" : "")
        }
    }
}
