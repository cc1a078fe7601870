import ArgumentParser
import Courses

struct CourseShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a course version: titles, lessons, exam rules, question pools, practice sets and glossary."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: ArgumentHelp("The course id.", valueName: "id"))
    var course: String
    @Option(help: ArgumentHelp("The version to show (default: the current one).", valueName: "n"))
    var version: Int?
    @Flag(help: "Print the course version as JSON.") var json = false

    struct Shown: Encodable {
        struct LessonTitles: Encodable {
            var position: Int
            var slug: String
            var title: [Language: String]
            var words: [Language: Int]
            /// Practice questions for this lesson (0 without a practice set).
            var practice: Int
        }

        struct Pool: Encodable {
            var pool: String
            var draw: Int
            var questions: Int
        }

        var course: String
        var version: Int
        var versions: Int
        var current: Bool
        var contentSha256: String
        var loadedAt: String
        var definition: CourseDefinition
        var lessons: [LessonTitles]
        var pools: [Pool]
        /// glossary.yaml as stored with the version; absent when the package had none.
        var glossary: Glossary?
    }

    func run() throws {
        let opened = try store.openReadOnly()
        let catalog = CourseCatalog(store: opened)
        let shown = try catalog.version(version, of: course)
        let all = try catalog.versions(of: course)
        let current = try catalog.currentVersion(of: course)
        let definition = shown.definition
        var lessons: [Shown.LessonTitles] = definition.lessons.enumerated().map { .init(position: $0.offset + 1, slug: $0.element, title: [:], words: [:], practice: 0) }
        for language in definition.languages {
            for lesson in try catalog.lessons(of: shown, in: language) where lesson.position <= lessons.count {
                lessons[lesson.position - 1].title[language] = lesson.title
                lessons[lesson.position - 1].words[language] = lesson.wordCount
            }
        }
        for (position, count) in try catalog.practiceCounts(of: shown, in: definition.languages[0]) where (1...lessons.count).contains(position) {
            lessons[position - 1].practice = count
        }
        let glossary = try catalog.glossary(of: shown)
        let sizes = try catalog.poolSizes(of: shown, in: definition.languages[0])
        let pools = definition.exam.pools.map { Shown.Pool(pool: $0.pool, draw: $0.draw, questions: sizes[$0.pool] ?? 0) }
        let value = Shown(course: course, version: shown.version, versions: all.count, current: shown.id == current.id, contentSha256: shown.contentSHA256,
                          loadedAt: shown.loadedAt, definition: definition, lessons: lessons, pools: pools, glossary: glossary)
        if json {
            try Output.json(value)
            return
        }
        let texts = lang.texts(store: opened)
        // Labels in a column as wide as the longest (11 characters in English, as before).
        let labels = definition.languages.map { texts(CourseMessage.labelTitle, ["language": $0.rawValue]) }
            + [CourseMessage.labelLoaded, .labelLanguages, .labelExam, .labelGlossary].map { texts($0) }
        let width = max(11, (labels.map(\.count).max() ?? 0) + 2)
        func labelled(_ label: String, _ text: String) -> String { label.padding(toLength: width, withPad: " ", startingAt: 0) + text }
        Output.line(texts(CourseMessage.showHeading, ["course": course, "version": String(shown.version), "count": String(all.count)])
            + (value.current ? texts(CourseMessage.currentMark) : ""))
        Output.line(labelled("sha256", shown.contentSHA256))
        Output.line(labelled(texts(CourseMessage.labelLoaded), texts.dateTime(shown.loadedAt)))
        Output.line(labelled(texts(CourseMessage.labelLanguages), definition.languages.map(\.rawValue).joined(separator: ", ")))
        for language in definition.languages {
            Output.line(labelled(texts(CourseMessage.labelTitle, ["language": language.rawValue]), definition.title[language] ?? ""))
        }
        Output.line(texts(CourseMessage.labelLessons))
        let slugWidth = definition.lessons.map(\.count).max() ?? 0
        for lesson in lessons {
            let title = lesson.title[definition.languages[0]] ?? ""
            let words = definition.languages.map { "\(lesson.words[$0] ?? 0)" }.joined(separator: "/")
            let practice = lesson.practice > 0 ? "  " + texts(CourseMessage.lessonPractice, ["count": String(lesson.practice)]) : ""
            Output.line("  \(String(lesson.position).leftPadded(2))  \(lesson.slug.padding(toLength: slugWidth, withPad: " ", startingAt: 0))  "
                + texts(CourseMessage.lessonWords, ["words": words]) + "\(practice)  \(title)")
        }
        let exam = definition.exam
        Output.line(labelled(texts(CourseMessage.labelExam), texts(CourseMessage.examRules, count: exam.attempts, [
            "questions": String(exam.questionsPerAttempt), "pools": String(exam.pools.count), "minutes": String(exam.timeLimitMinutes),
            "cooldown": String(exam.cooldownMinutes), "pass": texts.language == .en ? exam.passMark.percentText : exam.passMark.percentText.replacingOccurrences(of: ".", with: ","),
            "grading": exam.grading.rawValue, "review": exam.reviewOptions?.summary ?? exam.review.rawValue,
        ])))
        let poolWidth = pools.map(\.pool.count).max() ?? 0
        for pool in pools {
            Output.line("  \(pool.pool.padding(toLength: poolWidth, withPad: " ", startingAt: 0))  " + texts(CourseMessage.poolDraws, ["draw": String(pool.draw), "questions": String(pool.questions)]))
        }
        if let glossary {
            Output.line(labelled(texts(CourseMessage.labelGlossary), texts(CourseMessage.glossaryTerms, count: glossary.terms.count)))
        }
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}

extension Double {
    /// Percentages as people write them: 70, 62.5.
    fileprivate var percentText: String {
        self == rounded() ? String(Int(self)) : String(self)
    }
}
