import Foundation
import GRDB
import SanaTestSupport
import Testing

/// The interactive exam on real pseudo-terminals, as Kazakh- and Russian-speaking learners sit it
/// (issue 13): their language throughout with exact texts for bad input, the code typed without
/// echo (empty lines and non-codes not counted), answers typed on a Cyrillic layout and edited
/// with the arrow keys, the connection dropped (SIGHUP) and the process interrupted (SIGINT) then
/// resumed with the same questions, warnings while typing, the deadline, a lockout that costs no
/// time, a second terminal taking the attempt over, and the review with the score last.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
struct QuizTerminalTests {
    let work = TemporaryFolder()

    func drive(_ fixture: ExamFixture, _ terminals: [String: TerminalDriver.Terminal], _ steps: [[String: String]]) throws -> TerminalDriver.Run {
        try TerminalDriver(work: work).run(terminals: terminals, steps: steps, answers: ExamFixture.answers, tables: ["invalid": QuizTerminalTests.invalid], db: fixture.db)
    }

    /// Something each question refuses, by its Kazakh text.
    nonisolated(unsafe) static let invalid: [String: Any] = [
        "Аспан көк пе?": "мүмкін", "Жұп санды таңдаңыз.": "z", "Қазақстанның астанасы?": String(repeating: "ә", count: 501), "Дартмут семинары қай жылы өтті?": "көп",
    ]

    static let kazakhPrompt = #"\[\d+:\d\d қалды\] Жауап \(:h — анықтама\): "#
    static let russianPrompt = #"\[осталось \d+:\d\d\] Ответ \(:h — справка\): "#

    /// Every line of a screen fits its width (the text wraps by words, never past the edge).
    func widest(_ screen: String) -> Int {
        screen.components(separatedBy: "\n").map(\.count).max() ?? 0
    }

    /// Cases 1, 2 and 5 in Kazakh at 60 columns: the code (an empty line and a non-code are not
    /// tries), bad input with its exact texts, a drop and an interrupt with resume, navigation,
    /// the submit summary, and the review with the score and verdict last.
    @Test func aKazakhLearnerTypesDropsResumesAndSubmits() throws {
        let fixture = try ExamFixture(work: work)
        let code = fixture.codes[ExamFixture.kazakh]!
        let prompt = QuizTerminalTests.kazakhPrompt
        let terminal = ["a": fixture.exam(ExamFixture.kazakh, cols: 60)]

        let first = try drive(fixture, terminal, [
            ["start": "a"],
            ["expect": "ЖСН 040115500005 үшін кіру коды: "], ["send": ""],
            ["words": "Курс әкімшісі берген кіру кодын теріңіз"], ["send": "12345"],
            ["words": "Бұл әрекет есептелмеді."], ["send": code],
            ["expect": "Сұрақ 1/4 · жауап берілгені: 0"], ["expect": prompt],
            ["send": ":zz"], ["words": ":zz деген команда жоқ"], ["expect": prompt],
            ["send": "    "], ["expect": "Сұрақ 2/4"], ["send": ":b"], ["expect": "Сұрақ 1/4"], ["expect": prompt],
            ["answer": "1"], ["expect": "Сұрақ 2/4"], ["expect": prompt],
            ["answer": "1"], ["expect": "Сұрақ 3/4"], ["expect": prompt],
            ["signal": "HUP"],
        ])
        #expect(first.error == nil, "\(first.error ?? "") \(first.output())")
        #expect(first.status() == 128 + 1)
        #expect(!first.output().contains(code))
        let screen = first.screen()
        #expect(screen.contains("Сынақ · емтихан · талпыныс 1/2\n4 сұрақ · 30 минут · өту шегі 70%. Әр жауап берілген сәтте\nсақталады.\n"), "\(screen)")
        for sentence in [
            "Курс әкімшісі берген кіру кодын теріңіз (мысалы, K7RM-P4QX-9TZA).",
            "Бұл кіру коды емес: код 12 әріп пен цифрдан тұрады, мысалы, K7RM-P4QX-9TZA. Бұл әрекет есептелмеді.",
            ":zz деген команда жоқ: командалар тізімі үшін :h теріңіз.",
        ] {
            #expect(first.flat().contains(sentence), "missing: \(sentence)\n\(screen)")
        }
        #expect(first.flat().range(of: #"Емтихан уақытының соңы: 20\d\d жылғы \d+ [а-яәіңғүұқөһ]+, \d\d:\d\d \(Asia/Almaty, UTC\+5\)\."#, options: .regularExpression) != nil, "\(screen)")
        // Neither the empty line nor the non-code counted against the learner.
        #expect(try fixture.read { try Int.fetchOne($0, sql: "SELECT failed_count FROM access_code WHERE learner_id = 1") } == 0)
        let afterDrop = try fixture.stored()
        #expect(afterDrop.answered == Array(afterDrop.items.prefix(2)))

        // Back at question 3 with the same questions: bad input, one answer, then Ctrl-C.
        let second = try drive(fixture, terminal, [
            ["start": "a"], ["expect": "кіру коды"], ["send": code],
            ["words": "Емтихан жалғасады: жауап берілгені 2/4, 3-сұрақтан бастаймыз."], ["expect": "Сұрақ 3/4"], ["expect": prompt],
            ["send": ":g 9"], ["words": "Мұндай сұрақ жоқ: :g және 1–4 аралығындағы нөмірді теріңіз."], ["expect": prompt],
            ["send": ":g 1"], ["expect": "Сұрақ 1/4"], ["expect": "Сіздің жауабыңыз: "], ["expect": prompt],
            ["answer": "1", "table": "invalid"], ["expect": "Жауап қабылданбады: "], ["expect": prompt],
            ["send": ":g 3"], ["expect": "Сұрақ 3/4"], ["expect": prompt],
            ["answer": "1"], ["expect": "Сұрақ 4/4"], ["expect": prompt],
            ["signal": "INT"],
        ])
        #expect(second.error == nil, "\(second.error ?? "") \(second.output())")
        #expect(second.status() == 128 + 2)
        #expect(second.flat().contains("sana: тоқтатылды: барлық жауабыңыз сақталды; жалғастыру үшін дәл сол команданы қайта іске қосыңыз"))
        // The first question's bad answer, in Kazakh, whichever question it was.
        let refusals = [
            "tf": "Жауап қабылданбады: t (дұрыс) немесе f (дұрыс емес) деп теріңіз.",
            "even": "Жауап қабылданбады: бір әріп теріңіз (a–c).",
            "capital": "Жауап қабылданбады: жауап 500 таңбадан ұзын.",
            "year": "Жауап қабылданбады: сан жазыңыз, мысалы: 42 немесе 3,5.",
        ]
        #expect(second.flat().contains(refusals[afterDrop.items[0]]!), "\(second.screen())")
        let afterInterrupt = try fixture.stored()
        #expect(afterInterrupt.items == afterDrop.items)
        #expect(afterInterrupt.answered == Array(afterDrop.items.prefix(3)))

        // The last question left unanswered at :s, then answered; the review first, the score last.
        let third = try drive(fixture, terminal, [
            ["start": "a"], ["expect": "кіру коды"], ["send": code],
            ["words": "4-сұрақтан бастаймыз"], ["expect": prompt],
            ["send": ":s"], ["words": "Жауап берілмеген сұрақтар (1): 4. Жауапсыз сұрақ қате деп есептеледі."],
            ["words": "Емтиханды қазір аяқтайсыз ба?"], ["send": "жоқ"], ["expect": prompt],
            ["answer": "1"], ["words": "Барлық сұраққа жауап берілді (4)."],
            ["send": "мүмкін"], ["expect": "«иә» немесе «жоқ» деп жазыңыз."],
            ["send": "иә"], ["expect": "Нәтиже 100% · өту шегі 70% · ЕМТИХАННАН ӨТТІҢІЗ"],
        ])
        #expect(third.error == nil, "\(third.error ?? "") \(third.output())")
        #expect(third.status() == 0)
        let result = third.screen()
        let review = try #require(result.range(of: "Жауаптарды талдау"))
        let score = try #require(result.range(of: "Нәтиже 100% · өту шегі 70% · ЕМТИХАННАН ӨТТІҢІЗ"))
        #expect(review.upperBound < score.lowerBound)
        #expect(result.hasSuffix("Нәтиже 100% · өту шегі 70% · ЕМТИХАННАН ӨТТІҢІЗ\nЖауап берілгені: 4/4 · талпыныс 1/2.\n1 талпыныс қалды.\n"), "\(result)")
        #expect(result.contains("   Сіздің жауабыңыз: дұрыс\n"))
        // Words wrap at 60 columns and never inside a word: the long question reads whole.
        #expect(third.flat().contains("Аспан көк пе? Бұл сұрақ әдейі ұзын жазылған, сондықтан терминалдың енінен асып кетеді және сөздер бойынша тасымалдануы керек."))
        let tfPosition = afterDrop.items.firstIndex(of: "tf")! + 1
        #expect(result.contains("\(tfPosition). ✓ Аспан көк пе? Бұл сұрақ әдейі ұзын жазылған, сондықтан\n     терминалдың"), "\(result)")
        for run in [first, second, third] {
            #expect(widest(run.screen()) <= 60, "\(run.screen().components(separatedBy: "\n").filter { $0.count > 60 })")
        }
        let final = try fixture.read { try Row.fetchOne($0, sql: "SELECT submitted_by, score, passed FROM attempt")! }
        #expect(final["submitted_by"] as String == "learner")
        #expect(final["score"] as Double == 100)
    }

    /// Cases 4 and 6 in Russian: option letters, t/f and commands typed on a Cyrillic layout
    /// (`с`, `и`, `е`, `:п`, `:а`, `:д`, `:р`, `:т`), the line edited with arrows, Home, End,
    /// Delete and Backspace over a Kazakh letter, a flag in the list and the submit summary, and
    /// the review through the pager with the score after it.
    @Test func aRussianLearnerOnACyrillicLayoutEditsAnswersAndFlags() throws {
        let fixture = try ExamFixture(work: work)
        // The code typed with the Cyrillic capitals that look like its letters.
        let code = String(fixture.codes[ExamFixture.russian]!.map { ["A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "P": "Р", "T": "Т", "X": "Х"][$0] ?? $0 })
        let prompt = QuizTerminalTests.russianPrompt
        let left = "\u{1B}[D", home = "\u{1B}[H", end = "\u{1B}[F", delete = "\u{1B}[3~", backspace = "\u{7F}"
        var answers = ExamFixture.answers
        answers["Небо голубое?"] = "е"
        answers["В каком году прошёл Дартмутский семинар?"] = "x1956" + home + delete + end
        answers["Столица Казахстана?"] = "Астанаә" + backspace + "." + left + left + "\u{1B}[C\u{1B}[C"
        let terminal = ["a": fixture.exam(ExamFixture.russian, cols: 80, rows: 12, environment: ["PAGER": "sed 's/^/paged: /'"])]
        let run = try TerminalDriver(work: work).run(terminals: terminal, steps: [
            ["start": "a"], ["expect": "Код доступа для ИИН 991201600009: "], ["send": code],
            ["expect": "Вопрос 1/4 · отвечено: 0"], ["expect": prompt],
            ["send": ":а"], ["expect": "Вопрос 1 отмечен для проверки \\(повторное :f снимает отметку\\)."],
            ["send": ":д"], ["expect": "отмечен\\] ← вы здесь"],
            ["send": ":р"], ["expect": "команды: :т = :n"], ["expect": prompt],
            ["send": ":т"], ["expect": "Вопрос 2/4"], ["send": ":и"], ["expect": "Вопрос 1/4 · отвечено: 0 · отмечен для проверки"],
            ["send": ":п 1"], ["expect": "Вопрос 1/4"], ["expect": prompt],
            ["answer": "1"], ["expect": "Вопрос 2/4"], ["expect": prompt],
            ["answer": "1"], ["expect": "Вопрос 3/4"], ["expect": prompt],
            ["answer": "1"], ["expect": "Вопрос 4/4"], ["expect": prompt],
            ["answer": "1"], ["expect": "Отвечены все вопросы \\(4\\)."], ["expect": "Отмечены для проверки: 1."],
            ["send": "да"], ["expect": "Результат 100% · проходной балл 70% · ЭКЗАМЕН СДАН"],
        ], answers: answers.merging(["Выберите чётное число.": ["option": "2", "cyrillic": true]]) { $1 }, tables: [:], db: fixture.db)
        #expect(run.error == nil, "\(run.error ?? "") \(run.output())")
        #expect(run.status() == 0)
        let screen = run.screen()
        #expect(!screen.contains("^[["))
        // The review went through the pager (taller than 12 rows); the score came after it.
        let paged = try #require(screen.range(of: "paged: 1. ✓"))
        let score = try #require(screen.range(of: "\nРезультат 100% · проходной балл 70% · ЭКЗАМЕН СДАН\nОтвечено 4 из 4 · попытка 1 из 2.\nОсталась 1 попытка.\n"))
        #expect(paged.upperBound < score.lowerBound)
        #expect(screen.contains("paged:    Ваш ответ: верно"))
        let stored = try fixture.read { db in
            try Row.fetchAll(db, sql: "SELECT qid, response FROM answer ORDER BY qid").map { "\($0["qid"] as String)=\($0["response"] as String)" }
        }
        #expect(stored == [#"capital={"short":"Астана."}"#, #"even={"choice":0}"#, #"tf={"truefalse":true}"#, #"year={"numeric":1956}"#])
        #expect(try fixture.read { try Int.fetchOne($0, sql: "SELECT flagged FROM attempt_item WHERE position = 1") } == 1)
        #expect(try fixture.read { try Double.fetchOne($0, sql: "SELECT score FROM attempt") } == 100)
    }

    /// Case 4: the time left on the prompt is current; warnings arrive while the learner is
    /// typing, and what was typed survives them; at the deadline the exam is submitted.
    @Test func theClockWarnsWhileTypingAndSubmitsAtTheDeadline() throws {
        let fixture = try ExamFixture(work: work)
        let prompt = QuizTerminalTests.kazakhPrompt
        let soon = { (seconds: Int) in "UPDATE attempt SET deadline = strftime('%Y-%m-%d %H:%M:%f', 'now', '+\(seconds) seconds')" }
        let run = try drive(fixture, ["a": fixture.exam(ExamFixture.kazakh)], [
            ["start": "a"], ["expect": "кіру коды"], ["send": fixture.codes[ExamFixture.kazakh]!],
            ["expect": prompt], ["answer": "1"], ["expect": "Сұрақ 2/4"], ["expect": prompt],
            ["sql": soon(200)],
            ["keys": ":"],
            ["expect": #"\d минут қалды \(емтиханның аяқталуы: \d\d:\d\d\)\."#],
            // The line typed before the warning is drawn again under it, and finished.
            ["expect": #"\[3:\d\d қалды\] Жауап \(:h — анықтама\): :"#],
            ["keys": "l\r"], ["words": "← Сіз осындасыз"],
            ["sql": soon(4)],
            ["expect": "1 минут қалды"],
            ["expect": "Уақыт бітті: емтихан сақталған жауаптарыңызбен аяқталды."],
            ["expect": "Нәтиже 25% · өту шегі 70% · ЕМТИХАННАН ӨТПЕДІҢІЗ"],
        ])
        #expect(run.error == nil, "\(run.error ?? "") \(run.output())")
        #expect(run.status() == 0)
        #expect(run.screen().contains("Жауап (:h — анықтама): :l\n"), "\(run.screen().components(separatedBy: "\n").filter { $0.contains(":l") })")
        #expect(try fixture.read { try String.fetchOne($0, sql: "SELECT submitted_by FROM attempt") } == "expiry")
    }

    /// Case 4: an answer that arrives after the deadline is refused with a message, not dropped
    /// silently, and the attempt is submitted with what was saved before.
    @Test func anAnswerAfterTheDeadlineIsRefusedWithAMessage() throws {
        let fixture = try ExamFixture(work: work)
        let run = try drive(fixture, ["a": fixture.exam(ExamFixture.russian)], [
            ["start": "a"], ["expect": "Код доступа"], ["send": fixture.codes[ExamFixture.russian]!],
            ["expect": QuizTerminalTests.russianPrompt], ["answer": "1"], ["expect": "Вопрос 2/4"], ["expect": QuizTerminalTests.russianPrompt],
            ["sql": "UPDATE attempt SET deadline = strftime('%Y-%m-%d %H:%M:%f', 'now', '-1 seconds')"],
            ["answer": "1"],
            ["expect": "Результат"],
        ])
        #expect(run.error == nil, "\(run.error ?? "") \(run.output())")
        let screen = run.screen()
        // The one in a thousand run where the clock's own check comes first says the time is up.
        #expect(run.flat().contains("Время вышло: этот ответ пришёл после срока и не записан. Экзамен завершён с ответами, сохранёнными до этого.")
            || run.flat().contains("Время вышло: экзамен завершён с сохранёнными ответами."), "\(screen)")
        #expect(try fixture.stored().answered.count == 1)
        #expect(try fixture.read { try String.fetchOne($0, sql: "SELECT submitted_by FROM attempt") } == "expiry")
    }

    /// Case 2: wrong codes typed in another terminal lock code entry and pause the attempt, whose
    /// deadline moves on by the lock's 15 minutes; the sitting terminal says so and stops; only
    /// well-formed wrong codes count, and the lock says when to retry and who can help.
    @Test func wrongCodesFromAnotherTerminalPauseTheExamAndCostNoTime() throws {
        let fixture = try ExamFixture(work: work)
        let steps: [[String: String]] = [
            ["start": "a"], ["expect": "кіру коды"], ["send": fixture.codes[ExamFixture.kazakh]!],
            ["expect": QuizTerminalTests.kazakhPrompt],
            ["sql": "CREATE TABLE test_before AS SELECT deadline FROM attempt"],
            ["start": "b"], ["term": "b", "expect": "кіру коды: "], ["term": "b", "send": "not a code"],
            ["term": "b", "words": "Бұл әрекет есептелмеді."],
        ] + (1...4).flatMap { _ in [["term": "b", "send": "AAAA-AAAA-AAAA"], ["term": "b", "expect": "әрекет қалды"]] } + [
            ["term": "b", "send": "AAAA-AAAA-AAAA"], ["term": "b", "words": "ол жаңа кодты бірден береді."], ["wait": "b"],
            ["expect": "Емтихан уақытша тоқтатылды"], ["wait": "a"],
        ]
        let run = try drive(fixture, ["a": fixture.exam(ExamFixture.kazakh), "b": fixture.exam(ExamFixture.kazakh)], steps)
        #expect(run.error == nil, "\(run.error ?? "") \(run.output("a")) \(run.output("b"))")
        #expect(run.status("b") == 1)
        #expect(run.status("a") == 1)
        let other = run.flat("b")
        #expect(other.contains("Кіру коды қате: 1 әрекет қалды, одан кейін код енгізу 15 минутқа бұғатталады."))
        #expect(other.range(of: #"sana: қате: Қате кодтар тым көп терілгендіктен, код енгізу бұғатталды\. Кодты қайта енгізуге болатын уақыт: 20\d\d жылғы \d+ [а-яәіңғүұқөһ]+, \d\d:\d\d \(Asia/Almaty, UTC\+5\)\. Бұғатталған кезде емтихан уақыты жүрмейді\."#, options: .regularExpression) != nil, "\(other)")
        #expect(run.flat("a").contains("Жалғастыруға болатын уақыт: "))
        let times = try fixture.read { db in
            try Row.fetchOne(db, sql: """
                SELECT (julianday(a.deadline) - julianday(b.deadline)) * 86400 AS moved, a.paused_seconds, a.paused_until = c.locked_until AS same
                FROM attempt a, test_before b, access_code c
                """)!
        }
        #expect(abs((times["moved"] as Double) - 900) < 1)
        #expect(times["paused_seconds"] as Int == 900)
        #expect(times["same"] as Bool)
    }

    /// Case 3, with two processes: a second `quiz take` takes the attempt over; the first is told
    /// and stops, and nothing it sends afterwards is recorded.
    @Test func aSecondTerminalTakesTheAttemptOver() throws {
        let fixture = try ExamFixture(work: work)
        let code = fixture.codes[ExamFixture.russian]!
        let terminals = [
            "a": fixture.exam(ExamFixture.russian),
            "b": fixture.exam(ExamFixture.russian, environment: ["SANA_ACCESS_CODE": code]),
        ]
        let run = try drive(fixture, terminals, [
            ["start": "a"], ["expect": "Код доступа"], ["send": code],
            ["expect": QuizTerminalTests.russianPrompt], ["answer": "1"], ["expect": "Вопрос 2/4"], ["expect": QuizTerminalTests.russianPrompt],
            ["start": "b"], ["term": "b", "expect": "С возвращением! Отвечено 1 из 4; продолжаем с вопроса 2."],
            ["term": "b", "expect": QuizTerminalTests.russianPrompt],
            // Typed in the first terminal right after the takeover: never recorded.
            ["answer": "1"],
            ["words": "Экзамен продолжен в другом терминале, поэтому здесь он остановлен. Все ответы, данные здесь, сохранены."],
            ["wait": "a"],
            ["sql": "CREATE TABLE test_seen AS SELECT count(*) AS n FROM answer"],
            ["term": "b", "answer": "1"], ["term": "b", "expect": "Вопрос 3/4"], ["term": "b", "expect": QuizTerminalTests.russianPrompt],
            ["term": "b", "send": ":q"], ["wait": "b"],
        ])
        #expect(run.error == nil, "\(run.error ?? "") \(run.output("a")) \(run.output("b"))")
        #expect(run.status("a") == 1)
        #expect(run.status("b") == 0)
        #expect(try fixture.read { try Int.fetchOne($0, sql: "SELECT n FROM test_seen") } == 1)
        #expect(try fixture.stored().answered.count == 2)
        #expect(run.flat("b").contains("Сохранены 2 ответа. Время идёт, экзамен заканчивается: "))
    }
}
