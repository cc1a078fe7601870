import Foundation
import GRDB
import SanaTestSupport
import Testing

/// `sana quiz practice` and `sana report practice`, end to end: no access code, each answer graded
/// at once with the right answer in the learner's language, stored, never counted.
@Suite struct PracticeCommandsTests {
    static let iin = QuizCommandsTests.iin
    let sana = SanaBinary.built
    let work = TemporaryFolder()
    let db: String

    static let kk = """
        ::p1::Аспан жасыл ма?{F#Жоқ: аспан көк.#Иә, ол жасыл емес.####Ашық күні жоғары қараңыз.}

        ::p2::Жұп санды таңдаңыз.{=4#Дұрыс: 4 екіге бөлінеді. ~7#7 — тақ сан. ~9#9 — тақ сан.####Жұп сан екіге қалдықсыз бөлінеді.}

        ::p3::Қай әдістер ЖИ-ге жатады?{~%50%машиналық оқыту#Иә. ~%50%нейрондық желілер#Иә. ~%-100%астрология#Жоқ.####Деректерден үйренетін әдістерді табыңыз.}

        """
    static let en = """
        ::p1::Is the sky green?{F#No: the sky is blue.#Right, it is not green.####Look up on a clear day.}

        ::p2::Pick the even number.{=4#Right: 4 divides by two. ~7#7 is odd. ~9#9 is odd.####An even number divides by two with nothing left.}

        ::p3::Which are AI methods?{~%50%machine learning#Yes. ~%50%neural networks#Yes. ~%-100%astrology#No.####Find the methods that learn from data.}

        """

    init() throws {
        db = work.file("s.db")
        try work.write("quiz/practice/01-one.kk.gift", PracticeCommandsTests.kk)
        try work.write("quiz/practice/01-one.en.gift", PracticeCommandsTests.en)
        _ = try QuizCommandsTests.prepare(sana, work, db: db, review: "correctness")
    }

    func practice(_ extra: [String], input: String? = nil) throws -> SanaBinary.Result {
        try sana.run(["quiz", "practice", "quiz", "--learner", PracticeCommandsTests.iin, "--lesson", "1", "--db", db] + extra, in: work.path, input: input)
    }

    @Test func answersFileGradesEachInTheLearnersLanguageWithoutAnAccessCode() throws {
        let result = try practice(["--answers", "-"], input: #"{"p1": true, "p2": "4", "p3": ["a", "c"]}"#)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdout == """
            Сынақ · жаттығу · 1-сабақ: Бір
            Сұрақ саны: 3. Әр жауап бірден тексеріліп, дұрыс жауабы көрсетіледі. Жаттығу емтиханға да, сертификатқа да есептелмейді.

            Сұрақ 1/3 · Аспан жасыл ма?
            ✗ Жауап қате
               Сіздің жауабыңыз: ақиқат
               Дұрыс жауап: жалған
               Жоқ: аспан көк.
               Ашық күні жоғары қараңыз.

            Сұрақ 2/3 · Жұп санды таңдаңыз.
            ✓ Жауап дұрыс
               Сіздің жауабыңыз: 4
               Дұрыс: 4 екіге бөлінеді.
               Жұп сан екіге қалдықсыз бөлінеді.

            Сұрақ 3/3 · Қай әдістер ЖИ-ге жатады?
            ✗ Жауап қате
               Сіздің жауабыңыз: машиналық оқыту; астрология
               Дұрыс жауап: машиналық оқыту; нейрондық желілер
               Иә.
               Жоқ.
               Деректерден үйренетін әдістерді табыңыз.

            Жаттығу аяқталды: 3 жауаптың 1 дұрыс, орташа балл 33.33%.

            """)
        let rows = try DatabaseQueue(path: db).read { db in
            try Row.fetchAll(db, sql: "SELECT qid, lang, response, credit FROM practice_answer ORDER BY id").map {
                "\($0["qid"] as String) \($0["lang"] as String) \($0["response"] as String) \($0["credit"] as Double)"
            }
        }
        #expect(rows == [#"p1 kk {"truefalse":true} 0.0"#, #"p2 kk {"choice":0} 1.0"#, #"p3 kk {"multi":[0,2]} 0.0"#])
        // Nothing counts: no attempt, the enrollment still active.
        let (attempts, status) = try DatabaseQueue(path: db).read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM attempt"), try String.fetchOne(db, sql: "SELECT status FROM enrollment"))
        }
        #expect(attempts == 0)
        #expect(status == "active")
    }

    @Test func jsonInEnglish() throws {
        try work.write("a.json", #"{"p2": "9", "p3": ["machine learning", "neural networks"]}"#)
        let result = try practice(["--lang", "en", "--answers", "a.json", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(report["lesson"] as? Int == 1)
        #expect(report["language"] as? String == "en")
        #expect(report["questions"] as? Int == 3)
        #expect(report["answered"] as? Int == 2)
        #expect(report["right"] as? Int == 1)
        #expect(report["mean_credit"] as? Double == 0.5)
        #expect(report["counts"] as? Bool == false)
        let outcomes = report["outcomes"] as! [[String: Any]]
        #expect(outcomes.map { $0["qid"] as! String } == ["p2", "p3"])
        #expect(outcomes[0]["response"] as? String == "9")
        #expect(outcomes[0]["correct_answer"] as? String == "4")
        #expect(outcomes[0]["feedback"] as? [String] == ["9 is odd.", "An even number divides by two with nothing left."])
        #expect(outcomes[1]["credit"] as? Double == 1)
    }

    @Test func inTheTerminalEnterSkipsAndColonQStops() throws {
        let result = try practice(["--lang", "en"], input: "x\nf\n\n:q\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            Quiz · practice · lesson 1: One
            3 questions. Each answer is checked at once and the right answer is shown. Practice never counts towards the exam or a certificate.

            Question 1/3
            Is the sky green?
              t) true   f) false
            Your answer (Enter to skip, :q to stop): Not an answer: type t (true) or f (false).
            Your answer (Enter to skip, :q to stop): ✓ Right
               Your answer: false
               Right, it is not green.
               Look up on a clear day.

            Question 2/3
            Pick the even number.
              a) 4
              b) 7
              c) 9
            Your answer (Enter to skip, :q to stop): Skipped.

            Question 3/3
            Which are AI methods?
              a) machine learning
              b) neural networks
              c) astrology
            (choose every option that applies: letters such as a c)
            Your answer (Enter to skip, :q to stop): Practice stopped: your 1 answer is saved.

            """)
        let count = try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM practice_answer") }
        #expect(count == 1)
    }

    @Test func refusals() throws {
        let usage = try practice(["--json"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--json goes with --answers"))
        let invalid = try practice(["--answers", "-"], input: #"{"p1": "maybe", "zz": 1, "p2": "4"}"#)
        #expect(invalid.status == 1)
        #expect(invalid.stderr == """
            -: error: answer to p1: type t (true) or f (false)
            -: error: question zz is not in the practice set of lesson 1 of quiz
            sana: error: - has 2 invalid answers: nothing was recorded

            """)
        #expect(try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM practice_answer") } == 0)
        let lesson = try sana.run(["quiz", "practice", "quiz", "--learner", PracticeCommandsTests.iin, "--lesson", "2", "--db", db])
        #expect(lesson.stderr == "sana: error: course quiz has no lesson 2: its lessons are 1 to 1\n")
        _ = try sana.run(["learner", "add", "--iin", "991201600009", "--last-name", "Б", "--first-name", "В", "--db", db])
        let stranger = try sana.run(["quiz", "practice", "quiz", "--learner", "991201600009", "--lesson", "1", "--db", db])
        #expect(stranger.stderr == "sana: error: learner 991201600009 is not enrolled in quiz\n")
    }

    @Test func reportPutsPracticeBesideTheBestExamScore() throws {
        let empty = try sana.run(["report", "practice", "--course", "quiz", "--db", db])
        #expect(empty.stdout == "no practice or exam attempts at quiz yet\n")
        _ = try practice(["--answers", "-"], input: #"{"p1": false, "p2": "7"}"#)
        _ = try practice(["--answers", "-"], input: #"{"p2": "4"}"#)
        let code = try String(contentsOfFile: work.file("codes.csv"), encoding: .utf8).split(separator: "\r\n")[1].split(separator: ",")[2]
        let exam = try sana.run(["quiz", "take", "quiz", "--learner", PracticeCommandsTests.iin, "--answers", "-", "--db", db],
                                environment: ["SANA_ACCESS_CODE": String(code)], input: #"{"tf": true, "even": "2"}"#)
        #expect(exam.status == 0, "\(exam.stderr)")
        let csv = try sana.run(["report", "practice", "--course", "quiz", "--csv", "--db", db])
        #expect(csv.stdout == """
            iin,name,institution,practice_answered,practice_questions,practice_mean_credit,exam_attempts,best_exam_score\r
            040115500005,Серікова Айгерім,ҚазҰУ,3,2,66.67%,1,50%\r

            """)
        let text = try sana.run(["report", "practice", "--course", "quiz", "--db", db])
        #expect(text.stdout == """
            IIN           NAME              INSTITUTION  PRACTICE ANSWERS  QUESTIONS PRACTISED  MEAN CREDIT  EXAM ATTEMPTS  BEST EXAM
            040115500005  Серікова Айгерім  ҚазҰУ        3                 2                    66.67%       1              50%
            1 learner, 1 practised

            """)
        let json = try sana.run(["report", "practice", "--course", "quiz", "--json", "--db", db])
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let learner = (report["learners"] as! [[String: Any]])[0]
        #expect(learner["practice_answered"] as? Int == 3)
        #expect(learner["best_exam_score"] as? Double == 50)
        let none = try sana.run(["report", "practice", "--course", "nope", "--db", db])
        #expect(none.stderr == "sana: error: no course nope in the store: import it with 'sana course import'\n")
    }
}
