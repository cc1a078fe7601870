import ArgumentParser
import Courses

struct CourseCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate course packages without a store; print FILE:LINE diagnostics and exit 1 on any error.",
        discussion: """
            Besides the format (course.yaml, lessons, GIFT pools, glossary.yaml, practice sets), the
            check measures the exam pools' cues per pool and language and prints them: the share of
            single-answer questions whose key is the longest option (at most 35%), the score of
            always choosing the longest option and answering True (at most 30%), the number of
            right answers of multiple-answer questions (not all the same), the true/false balance
            (at most 70% one way), and feedback that gives the key away (general feedback, or a
            wrong option's own feedback naming a right one). Each is an error
            above its limit, naming the questions (courses/README.md has the rules).
            Warnings are printed but do not fail the check.
            """
    )

    @Argument(help: ArgumentHelp("Course package folders (each with course.yaml).", valueName: "dir"))
    var folders: [UserPath]
    @OptionGroup var lang: LanguageOption

    func run() throws {
        let texts = lang.texts(store: nil)
        var failed = 0
        for folder in folders {
            let package = try CoursePackage.load(folder.typed)
            let cues = CueCheck.measure(package)
            let diagnostics = CoursePackage.ordered(package.diagnostics + CueCheck.diagnostics(cues))
            for diagnostic in diagnostics {
                Output.diagnostic(Output.visible(diagnostic.description))
            }
            if !cues.isEmpty {
                Output.text(CourseCheckCommand.cueTable(cues))
            }
            Output.line(CourseCheckCommand.summary(package, diagnostics: diagnostics, texts: texts))
            if diagnostics.contains(where: { $0.severity == .error }) { failed += 1 }
        }
        if failed > 0 {
            Output.error(failed == 1 && folders.count == 1 ? texts(CourseMessage.checkFailedOne, ["path": folders[0].typed])
                : texts(CourseMessage.checkFailedSome, ["failed": String(failed), "total": String(folders.count)]))
            throw ExitCode.failure
        }
    }

    /// One row per pool and language, then the limits (in English, like the findings).
    static func cueTable(_ cues: [PoolCues]) -> String {
        let rows = cues.map { pool -> [String] in
            let spread = Dictionary(grouping: pool.rightCounts, by: { $0 }).sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value.count)" }
            return [
                pool.pool, pool.language.rawValue,
                pool.singleAnswer == 0 ? "-" : "\(pool.longestKey.count)/\(pool.singleAnswer) \(CueCheck.percent(pool.longestKeyShare * 100))",
                CueCheck.percent(pool.longestTrueScore),
                spread.isEmpty ? "-" : spread.joined(separator: " "),
                "\(pool.trueItems.count)T \(pool.falseItems.count)F",
                String(pool.leaks.count),
            ]
        }
        return TextTable.render(header: ["POOL", "LANG", "LONGEST KEY", "LONGEST+TRUE", "MULTI RIGHT ANSWERS", "TRUE/FALSE", "LEAKS"], rows: rows)
            + "limits: longest key ≤ \(CueCheck.percent(CueCheck.maxLongestKeyShare * 100)) of single-answer questions; "
            + "longest option + True ≤ \(CueCheck.percent(CueCheck.maxLongestTrueScore)); "
            + "multiple-answer right counts not all equal (from \(CueCheck.minMultiAnswerForSpread) questions); "
            + "true/false ≤ \(CueCheck.percent(CueCheck.maxTrueFalseShare * 100)) one way (from \(CueCheck.minTrueFalseForBalance) questions); "
            + "no key in general feedback or in a wrong option's feedback\n"
    }

    /// `courses/x: ok: 9 lessons, 126 questions in 9 pools, kk ru en, 27 drawn per attempt`
    static func summary(_ package: CoursePackage, diagnostics: [Diagnostic], texts: Texts) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count, warnings = diagnostics.filter { $0.severity == .warning }.count
        var counts: [String] = []
        if errors > 0 { counts.append(texts(CourseMessage.checkErrors, count: errors)) }
        if warnings > 0 { counts.append(texts(CourseMessage.checkWarnings, count: warnings)) }
        let verdict = errors > 0 ? counts.joined(separator: ", ") : ([texts(CourseMessage.checkOk)] + counts).joined(separator: ", ")
        guard let definition = package.definition else { return "\(package.folder): \(verdict)" }
        var text = texts(CourseMessage.checkSummary, [
            "folder": package.folder, "verdict": verdict, "lessons": String(definition.lessons.count),
            "questions": String(Set(package.questions.map(\.id)).count), "pools": String(package.pools.count),
            "languages": definition.languages.map(\.rawValue).joined(separator: " "), "drawn": String(definition.exam.questionsPerAttempt),
        ])
        if !package.practice.isEmpty {
            text += texts(CourseMessage.checkPractice, ["questions": String(Set(package.practice.map(\.id)).count), "lessons": String(package.practiceSets.count)])
        }
        if let glossary = package.glossary {
            text += texts(CourseMessage.checkGlossary, ["count": String(glossary.terms.count)])
        }
        return text
    }
}
