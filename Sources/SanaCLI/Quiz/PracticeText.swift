import Courses
import Quizzes

/// What `sana quiz practice` says to a learner, in Kazakh, Russian and English (the rest of the
/// CLI speaks English; practice is the learners' own screen, so it speaks their language). The
/// verdict and the words for true and false differ (Kazakh «ақиқат/жалған», not «дұрыс», which
/// says the answer was right), so "right: your answer was false" never reads as a contradiction.
struct PracticeText: Sendable {
    let header: @Sendable (_ course: String, _ lesson: Int, _ title: String) -> String
    let intro: @Sendable (_ count: Int) -> String
    let question: @Sendable (_ number: Int, _ count: Int) -> String
    let prompt: String
    let right: String
    let wrong: String
    let partly: @Sendable (_ percent: String) -> String
    let yourAnswer: String
    let correctAnswer: String
    let skipped: String
    let notAnAnswer: @Sendable (_ hint: String) -> String
    /// What to type, by question type: one letter up to `last`, letters, t/f, text, a number, letters per item.
    let typeChoice: @Sendable (_ last: String) -> String
    let typeMulti: String
    let typeTrueFalse: String
    let typeShort: String
    let typeNumeric: String
    let typeMatching: @Sendable (_ example: String) -> String
    let trueWord: String
    let falseWord: String
    let screen: QuestionScreen
    let done: @Sendable (_ right: Int, _ answered: Int, _ mean: String) -> String
    let noneAnswered: String
    let stopped: @Sendable (_ answered: Int) -> String

    static func language(_ language: Language) -> PracticeText {
        switch language {
        case .kk: return kazakh
        case .ru: return russian
        case .en: return english
        }
    }

    static let kazakh = PracticeText(
        header: { "\($0) · жаттығу · \($1)-сабақ: \($2)" },
        intro: { "Сұрақ саны: \($0). Әр жауап бірден тексеріліп, дұрыс жауабы көрсетіледі. Жаттығу емтиханға да, сертификатқа да есептелмейді." },
        question: { "Сұрақ \($0)/\($1)" },
        prompt: "Жауабыңыз (Enter — өткізіп жіберу, :q — тоқтату): ",
        right: "✓ Жауап дұрыс",
        wrong: "✗ Жауап қате",
        partly: { "◐ Жауап ішінара дұрыс (\($0))" },
        yourAnswer: "Сіздің жауабыңыз",
        correctAnswer: "Дұрыс жауап",
        skipped: "Өткізіп жіберілді.",
        notAnAnswer: { "Бұл жауап емес: \($0)." },
        typeChoice: { "бір әріп жазыңыз (a … \($0))" },
        typeMulti: "таңдаған әр нұсқаның әрпін жазыңыз, мысалы: a c",
        typeTrueFalse: "t (ақиқат) немесе f (жалған) деп жазыңыз",
        typeShort: "қысқа жауап жазыңыз",
        typeNumeric: "сан жазыңыз, мысалы: 42 немесе 3,5",
        typeMatching: { "әр нөмірленген тармаққа ретімен бір әріптен жазыңыз, мысалы: \($0)" },
        trueWord: "ақиқат",
        falseWord: "жалған",
        screen: QuestionScreen(
            multi: "(сәйкес келетін нұсқалардың бәрін таңдаңыз: әріптерін жазыңыз, мысалы: a c)",
            trueFalse: "  t) ақиқат   f) жалған",
            short: "(қысқа жауап жазыңыз)",
            numeric: "(сан жазыңыз)",
            matching: { "(әр нөмірленген тармаққа ретімен бір әріптен, мысалы: \($0))" }),
        done: { "Жаттығу аяқталды: \($1) жауаптың \($0) дұрыс, орташа балл \($2)." },
        noneAnswered: "Жаттығу аяқталды: ешбір сұраққа жауап берілмеді.",
        stopped: { "Жаттығу тоқтатылды: берілген жауаптар (\($0)) сақталды." })

    static let russian = PracticeText(
        header: { "\($0) · практика · урок \($1): \($2)" },
        intro: { "Вопросов: \($0). Каждый ответ проверяется сразу, и вы видите правильный ответ. Практика не влияет ни на экзамен, ни на сертификат." },
        question: { "Вопрос \($0)/\($1)" },
        prompt: "Ваш ответ (Enter — пропустить, :q — закончить): ",
        right: "✓ Правильно",
        wrong: "✗ Неправильно",
        partly: { "◐ Частично правильно (\($0))" },
        yourAnswer: "Ваш ответ",
        correctAnswer: "Правильный ответ",
        skipped: "Пропущено.",
        notAnAnswer: { "Это не ответ: \($0)." },
        typeChoice: { "введите одну букву (a … \($0))" },
        typeMulti: "введите буквы всех выбранных вариантов, например: a c",
        typeTrueFalse: "введите t (верно) или f (неверно)",
        typeShort: "введите короткий ответ",
        typeNumeric: "введите число, например: 42 или 3,5",
        typeMatching: { "введите по одной букве для каждого пункта по порядку, например: \($0)" },
        trueWord: "верно",
        falseWord: "неверно",
        screen: QuestionScreen(
            multi: "(выберите все подходящие варианты: буквы, например: a c)",
            trueFalse: "  t) верно   f) неверно",
            short: "(введите короткий ответ)",
            numeric: "(введите число)",
            matching: { "(по одной букве для каждого пункта по порядку, например: \($0))" }),
        done: { "Практика окончена: верных ответов \($0) из \($1), средний балл \($2)." },
        noneAnswered: "Практика окончена: ни на один вопрос не дан ответ.",
        stopped: { "Практика прервана: ваши ответы (\($0)) сохранены." })

    static let english = PracticeText(
        header: { "\($0) · practice · lesson \($1): \($2)" },
        intro: { "\($0) question\($0 == 1 ? "" : "s"). Each answer is checked at once and the right answer is shown. Practice never counts towards the exam or a certificate." },
        question: { "Question \($0)/\($1)" },
        prompt: "Your answer (Enter to skip, :q to stop): ",
        right: "✓ Right",
        wrong: "✗ Not right",
        partly: { "◐ Partly right (\($0))" },
        yourAnswer: "Your answer",
        correctAnswer: "Correct answer",
        skipped: "Skipped.",
        notAnAnswer: { "Not an answer: \($0)." },
        typeChoice: { "type one letter (a … \($0))" },
        typeMulti: "type the letters of every option you choose, such as: a c",
        typeTrueFalse: "type t (true) or f (false)",
        typeShort: "type a short answer",
        typeNumeric: "type a number, such as 42 or 3.5",
        typeMatching: { "type one letter for each numbered item, in order, such as: \($0)" },
        trueWord: "true",
        falseWord: "false",
        screen: QuestionScreen.english,
        done: { "Practice done: \($0) of \($1) answered right, mean credit \($2)." },
        noneAnswered: "Practice done: no question answered.",
        stopped: { "Practice stopped: your \($0) answer\($0 == 1 ? " is" : "s are") saved." })

    /// What to type for `question`, when what was typed is not an answer.
    func hint(_ question: Question) -> String {
        switch question.answer {
        case .choice(let choices): return typeChoice(ResponseInput.letter(max(0, choices.count - 1)))
        case .multi: return typeMulti
        case .truefalse: return typeTrueFalse
        case .short: return typeShort
        case .numeric: return typeNumeric
        case .matching:
            let count = max(1, question.options.count)
            return typeMatching((0..<question.matchingPrompts.count).map { ResponseInput.letter($0 % count) }.joined(separator: " "))
        }
    }

    /// A response in words, true/false in this language.
    func describe(_ response: Response, of question: Question) -> String {
        if case .truefalse(let value) = response { return value ? trueWord : falseWord }
        return question.describe(response)
    }

    /// The right answer in words, true/false in this language.
    func correct(_ question: Question) -> String {
        if case .truefalse(let key) = question.answer { return key.answer ? trueWord : falseWord }
        return question.correctAnswer
    }

    /// The verdict, the answer given, the right answer when the answer was not fully right, and
    /// the feedback.
    func outcome(_ outcome: PracticeOutcome, of question: Question) -> [String] {
        let verdict = outcome.credit >= 1 ? right : (outcome.credit <= 0 ? wrong : partly(ResultText.percent(outcome.credit * 100)))
        var lines = [verdict, "   \(yourAnswer): \(describe(outcome.response, of: question))"]
        if outcome.credit < 1 {
            lines.append("   \(correctAnswer): \(correct(question))")
        }
        lines += outcome.feedback.map { "   \($0)" }
        return lines
    }

    /// The closing line: how many right of how many answered, and the mean credit.
    func summary(_ outcomes: [PracticeOutcome]) -> String {
        guard !outcomes.isEmpty else { return noneAnswered }
        let mean = outcomes.map(\.credit).reduce(0, +) / Double(outcomes.count)
        return done(outcomes.filter { $0.credit >= 1 }.count, outcomes.count, ResultText.percent(mean * 100))
    }
}
