import Foundation
import GRDB
import SanaTestSupport

/// A store for the exam's screen: course `quiz` (kk, ru, en; four questions, all drawn; a
/// Kazakh question long enough to wrap), a Kazakh-speaking learner and a Russian-speaking one,
/// each enrolled with an access code.
struct ExamFixture {
    static let kazakh = "040115500005"
    static let russian = "991201600009"

    let sana = SanaBinary.built
    let work: TemporaryFolder
    let db: String
    let codes: [String: String]

    init(work: TemporaryFolder, timeLimit: Int = 30, requiresLessons: Bool = false) throws {
        self.work = work
        db = work.file("s.db")
        _ = try sana.run(["init", "--db", db])
        try work.write("quiz/course.yaml", """
            id: quiz
            languages: [kk, ru, en]
            title:
              kk: Сынақ
              ru: Тест
              en: Quiz
            description:
              kk: Сынақ.
              ru: Тест.
              en: Quiz.
            lessons:
              - 01-one
              - 02-two
            exam:
              pools:
                - pool: basics
                  draw: 4
              time_limit_minutes: \(timeLimit)
              attempts: 2
              cooldown_minutes: 0
              pass_mark: 70
              grading: highest
              review: answers
            \(requiresLessons ? "  requires_lessons: true\n" : "")
            """)
        for (language, title, body) in [
            ("kk", "Бірінші сабақ", "Бұл **бірінші** сабақ.\n\n### Үшінші деңгейдегі тақырып\n\nСоңы."),
            ("ru", "Первый урок", "Это **первый** урок.\n\n### Заголовок третьего уровня\n\nКонец."),
            ("en", "First lesson", "This is the **first** lesson.\n\n### A third-level heading\n\nThe end."),
        ] {
            try work.write("quiz/lessons/01-one.\(language).md", "# \(title)\n\n\(body)\n")
            try work.write("quiz/lessons/02-two.\(language).md", "# 2\n\n2.\n")
        }
        try work.write("quiz/questions/basics.kk.gift", """
            ::tf::Аспан көк пе? Бұл сұрақ әдейі ұзын жазылған, сондықтан терминалдың енінен асып кетеді және сөздер бойынша тасымалдануы керек.{T####Әдетте.}

            ::even::Жұп санды таңдаңыз.{=2#Дұрыс. ~3#Тақ. ~5#Тақ.}

            ::capital::Қазақстанның астанасы?{=Астана =Astana####Астана.}

            ::year::Дартмут семинары қай жылы өтті?{#1956:0####1956.}

            """)
        try work.write("quiz/questions/basics.ru.gift", """
            ::tf::Небо голубое?{T####Обычно.}

            ::even::Выберите чётное число.{=2#Верно. ~3#Нечётное. ~5#Нечётное.}

            ::capital::Столица Казахстана?{=Астана =Astana####Астана.}

            ::year::В каком году прошёл Дартмутский семинар?{#1956:0####1956.}

            """)
        try work.write("quiz/questions/basics.en.gift", """
            ::tf::Is the sky blue?{T####Usually.}

            ::even::Pick the even number.{=2#Right. ~3#Odd. ~5#Odd.}

            ::capital::Capital of Kazakhstan?{=Astana =Астана####Astana.}

            ::year::Year of the Dartmouth workshop?{#1956:0####1956.}

            """)
        let imported = try sana.run(["course", "import", "quiz", "--db", db], in: work.path)
        precondition(imported.status == 0, imported.stderr)
        var codes: [String: String] = [:]
        for (iin, last, first, language) in [(ExamFixture.kazakh, "Серікова", "Айгерім", "kk"), (ExamFixture.russian, "Иванова", "Мария", "ru")] {
            let added = try sana.run(["learner", "add", "--iin", iin, "--last-name", last, "--first-name", first, "--language", language, "--course", "quiz", "--db", db])
            precondition(added.status == 0, added.stderr)
            let issued = try sana.run(["learner", "codes", "--learner", iin, "--out", work.file("codes-\(iin).csv"), "--db", db])
            precondition(issued.status == 0, issued.stderr)
            let text = try String(contentsOfFile: work.file("codes-\(iin).csv"), encoding: .utf8)
            codes[iin] = String(text.split(separator: "\r\n")[1].split(separator: ",")[2])
        }
        self.codes = codes
    }

    /// A terminal running `sana quiz take quiz` for a learner.
    func exam(_ iin: String, cols: Int = 80, rows: Int = 40, environment: [String: String] = [:]) -> TerminalDriver.Terminal {
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "TERM": "xterm", "NO_COLOR": "1", "LANG": "C.UTF-8"]
        env.merge(environment) { $1 }
        return TerminalDriver.Terminal(argv: [sana.path, "quiz", "take", "quiz", "--learner", iin, "--db", db], env: env, cols: cols, rows: rows)
    }

    /// The answers a learner types, by question text on screen (kk and ru).
    nonisolated(unsafe) static let answers: [String: Any] = [
        "Аспан көк пе?": "иә", "Жұп санды таңдаңыз.": ["option": "2"], "Қазақстанның астанасы?": "  АСТАНА ", "Дартмут семинары қай жылы өтті?": "1956",
        "Небо голубое?": "да", "Выберите чётное число.": ["option": "2"], "Столица Казахстана?": "Астана", "В каком году прошёл Дартмутский семинар?": "1956",
    ]

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try DatabaseQueue(path: db).read(body)
    }

    /// Question ids in order, and those answered, in order.
    func stored() throws -> (items: [String], answered: [String]) {
        try read { db in
            (try String.fetchAll(db, sql: "SELECT qid FROM attempt_item ORDER BY position"),
             try String.fetchAll(db, sql: "SELECT a.qid FROM answer a JOIN attempt_item i USING (attempt_id, qid) ORDER BY i.position"))
        }
    }
}
