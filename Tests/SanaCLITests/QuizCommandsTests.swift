import Foundation
import GRDB
import SanaTestSupport
import Testing

/// `sana learner codes`, `sana quiz take --answers`, `quiz results`, `quiz show-attempt`,
/// `quiz expire` and `sana report`, end to end.
@Suite struct QuizCommandsTests {
    static let iin = "040115500005"
    let sana = SanaBinary.built
    let work = TemporaryFolder()
    let db: String

    /// A course of four questions in Kazakh and English (one pool, all drawn), every answer typable.
    static func writeCourse(in folder: TemporaryFolder, review: String = "answers", cooldown: Int = 0) throws {
        try folder.write("quiz/course.yaml", """
            id: quiz
            languages: [kk, en]
            title:
              kk: Сынақ
              en: Quiz
            description:
              kk: Сынақ.
              en: Quiz.
            lessons:
              - 01-one
            exam:
              pools:
                - pool: basics
                  draw: 4
              time_limit_minutes: 30
              attempts: 2
              cooldown_minutes: \(cooldown)
              pass_mark: 70
              grading: highest
              review: \(review)

            """)
        try folder.write("quiz/lessons/01-one.kk.md", "# Бір\n\nМәтін.\n")
        try folder.write("quiz/lessons/01-one.en.md", "# One\n\nText.\n")
        try folder.write("quiz/questions/basics.kk.gift", """
            ::tf::Аспан көк пе?{T####Әдетте.}

            ::even::Жұп санды таңдаңыз.{=2#Дұрыс. ~3#Тақ. ~5#Тақ.}

            ::capital::Қазақстанның астанасы?{=Астана =Astana####Астана.}

            ::year::Дартмут семинары қай жылы өтті?{#1956:0####1956.}

            """)
        try folder.write("quiz/questions/basics.en.gift", """
            ::tf::Is the sky blue?{T####Usually.}

            ::even::Pick the even number.{=2#Right. ~3#Odd. ~5#Odd.}

            ::capital::Capital of Kazakhstan?{=Astana =Астана####Astana.}

            ::year::Year of the Dartmouth workshop?{#1956:0####1956.}

            """)
    }

    /// A store with the course imported and the learner enrolled; returns the learner's code.
    static func prepare(_ sana: SanaBinary, _ work: TemporaryFolder, db: String, review: String = "answers", cooldown: Int = 0) throws -> String {
        _ = try sana.run(["init", "--db", db])
        try writeCourse(in: work, review: review, cooldown: cooldown)
        let imported = try sana.run(["course", "import", "quiz", "--db", db], in: work.path)
        precondition(imported.status == 0, imported.stderr)
        let added = try sana.run(["learner", "add", "--iin", iin, "--last-name", "Серікова", "--first-name", "Айгерім", "--institution", "ҚазҰУ", "--course", "quiz", "--db", db])
        precondition(added.status == 0, added.stderr)
        let codes = try sana.run(["learner", "codes", "--learner", iin, "--out", work.file("codes.csv"), "--db", db])
        precondition(codes.status == 0, codes.stderr)
        let text = try String(contentsOfFile: work.file("codes.csv"), encoding: .utf8)
        return String(text.split(separator: "\r\n")[1].split(separator: ",")[2])
    }

    static let rightAnswers = #"{"tf": true, "even": "2", "capital": "астана", "year": 1956}"#

    init() throws {
        db = work.file("s.db")
    }

    func take(_ extra: [String], code: String, input: String? = nil) throws -> SanaBinary.Result {
        try sana.run(["quiz", "take", "quiz", "--learner", QuizCommandsTests.iin, "--db", db] + extra, in: work.path, environment: ["SANA_ACCESS_CODE": code], input: input)
    }

    @Test func codesFileIsPrivateGuardedAndNeverOverwritten() throws {
        let code = try QuizCommandsTests.prepare(sana, work, db: db)
        #expect(code.range(of: #"^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$"#, options: .regularExpression) != nil)
        let attributes = try FileManager.default.attributesOfItem(atPath: work.file("codes.csv"))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let text = try String(contentsOfFile: work.file("codes.csv"), encoding: .utf8)
        #expect(text == "iin,name,code\r\n040115500005,Серікова Айгерім,\(code)\r\n")
        let again = try sana.run(["learner", "codes", "--learner", QuizCommandsTests.iin, "--out", work.file("codes.csv"), "--db", db])
        #expect(again.status == 1)
        #expect(again.stderr == "sana: error: \(work.file("codes.csv")) already exists: refusing to overwrite it\n")
        // The refused run changed nothing: the first code still works.
        let sheet = try take(["--answers", "-", "--no-submit"], code: code, input: "{}")
        #expect(sheet.status == 0, "\(sheet.stderr)")
        let none = try sana.run(["learner", "codes", "--out", work.file("other.csv"), "--db", db])
        #expect(none.status == 64)
        #expect(none.stderr.contains("choose learners with --institution, --cohort, --learner or --without-code, or give --all"))
        // A formula-like name is guarded in the codes file.
        _ = try sana.run(["learner", "add", "--iin", "991201600009", "--last-name", "=HYPERLINK(\"http://x\")", "--first-name", "Б", "--db", db])
        let all = try sana.run(["learner", "codes", "--all", "--reissue", "--out", work.file("all.csv"), "--db", db])
        #expect(all.stdout == "issued 2 access codes to \(work.file("all.csv")) (mode 0600): hand them out, then delete the file\nreplaced 1 earlier code, which no longer works\n")
        let guarded = try String(contentsOfFile: work.file("all.csv"), encoding: .utf8)
        #expect(guarded.contains("\r\n991201600009,\"'=HYPERLINK(\"\"http://x\"\") Б\","))
        #expect(!FileManager.default.fileExists(atPath: work.file("other.csv")))
    }

    @Test func answersFileRecordsEachAnswerSubmitsAndCompletes() throws {
        let code = try QuizCommandsTests.prepare(sana, work, db: db)
        try work.write("answers.json", QuizCommandsTests.rightAnswers)
        let result = try take(["--answers", "answers.json", "--json"], code: code)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let outcome = report["result"] as! [String: Any]
        #expect(outcome["score"] as? Double == 100)
        #expect(outcome["passed"] as? Bool == true)
        #expect(outcome["submitted_by"] as? String == "learner")
        #expect((report["recorded"] as! [[String: Any]]).count == 4)
        let stored = try DatabaseQueue(path: db).read { db in
            try Row.fetchAll(db, sql: "SELECT qid, response FROM answer ORDER BY qid").map { "\($0["qid"] as String)=\($0["response"] as String)" }
        }
        #expect(stored == [#"capital={"short":"астана"}"#, #"even={"choice":0}"#, #"tf={"truefalse":true}"#, #"year={"numeric":1956}"#])
        let status = try DatabaseQueue(path: db).read { try String.fetchOne($0, sql: "SELECT status FROM enrollment") }
        #expect(status == "completed")
        // Results, as CSV and as text.
        let csv = try sana.run(["quiz", "results", "--course", "quiz", "--csv", "--db", db])
        #expect(csv.stdout.hasPrefix("iin,name,institution,attempts,score,status,ever_passed,last_submitted_at,student_number\r\n040115500005,Серікова Айгерім,ҚазҰУ,1,100%,passed,yes,"))
        let text = try sana.run(["quiz", "results", "--course", "quiz", "--institution", "қазұу", "--db", db])
        #expect(text.stdout.hasSuffix("1 learner with attempts, 1 passed\n"))
        let nowhere = try sana.run(["quiz", "results", "--course", "quiz", "--institution", "Nowhere", "--db", db])
        #expect(nowhere.stderr == "sana: error: no university named 'Nowhere' in the store\n")
        // The attempt re-derives from its seed.
        let shown = try sana.run(["quiz", "show-attempt", "1", "--db", db])
        #expect(shown.status == 0)
        #expect(shown.stdout.hasSuffix("reproduced: the seed re-draws exactly these 4 questions and option orders\n"))
        #expect(shown.stdout.contains("answer: астана · credit 100%"))
        let missing = try sana.run(["quiz", "show-attempt", "9", "--db", db])
        #expect(missing.stderr == "sana: error: no attempt 9\n")
        // Reports.
        let items = try sana.run(["report", "items", "--course", "quiz", "--csv", "--db", db])
        #expect(items.stdout == """
            qid,pool,type,drawn,difficulty,discrimination,flags\r
            tf,basics,truefalse,1,1.000,,too-easy\r
            even,basics,choice,1,1.000,,too-easy\r
            capital,basics,short,1,1.000,,too-easy\r
            year,basics,numeric,1,1.000,,too-easy\r

            """)
        let completions = try sana.run(["report", "completions", "--db", db])
        #expect(completions.stdout == """
            INSTITUTION  ENROLLED  ATTEMPTED  PASSED  PASS RATE
            ҚазҰУ        1         1          1       100.0%
            total        1         1          1       100.0%

            """)
    }

    @Test func partialAnswersWithNoSubmitThenResumeFromTheFile() throws {
        let code = try QuizCommandsTests.prepare(sana, work, db: db, review: "correctness")
        let first = try take(["--answers", "-", "--no-submit", "--json"], code: code, input: #"{"tf": "f"}"#)
        #expect(first.status == 0, "\(first.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as! [String: Any]
        let questions = report["questions"] as! [[String: Any]]
        #expect(questions.count == 4)
        #expect(questions.first { $0["qid"] as? String == "tf" }?["answer"] as? String == "f")
        #expect(report["resumed"] as? Bool == false)
        let second = try take(["--answers", "-"], code: code, input: #"{"tf": true, "year": "1 956"}"#)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.hasPrefix("Score 50% · pass mark 70% · NOT PASSED\nAnswered 2 of 4 · attempt 1 of 2.\n"))
        #expect(second.stdout.contains("✓ Аспан көк пе?\n   Your answer: true\n   Әдетте.\n"))
        #expect(!second.stdout.contains("Correct answer"))
        #expect(second.stdout.hasSuffix("1 attempt left.\n"))
    }

    /// `review: correctness` shows right or wrong, the feedback of what the learner chose and the
    /// general feedback, never the key: not the right option, the other right options of a
    /// multiple-answer question, an accepted short answer or the number. `review: answers` adds it.
    @Test func reviewUnderCorrectnessNeverShowsTheKey() throws {
        func course(_ review: String) throws -> TemporaryFolder {
            let folder = TemporaryFolder()
            try QuizCommandsTests.writeCourse(in: folder, review: review)
            let gift = """
                ::tf::Is the steppe flat everywhere?{F#Not quite: look at a map of the Altai.#Right.####Kazakhstan has mountains in the east and south.}

                ::even::Where is the cosmodrome?{=Baikonur#Right. ~Almaty#Almaty has no launch pad. ~Aktau#Aktau is a port.####It is in Kyzylorda Region.}

                ::capital::Name a lake of the Kolsai group's neighbour.{=Kaindy =Қайыңды####Its name comes from birch trees.}

                ::year::In which year did the workshop that named the field take place?{#1956:0####It was held at Dartmouth College in the summer.}

                """
            try folder.write("quiz/questions/basics.en.gift", gift)
            try folder.write("quiz/questions/basics.kk.gift", gift)
            return folder
        }
        for review in ["correctness", "answers"] {
            let store = work.file("\(review).db")
            _ = try sana.run(["init", "--db", store])
            let source = try course(review)
            #expect(try sana.run(["course", "import", "quiz", "--db", store], in: source.path).status == 0)
            _ = try sana.run(["learner", "add", "--iin", QuizCommandsTests.iin, "--last-name", "А", "--first-name", "Б", "--course", "quiz", "--db", store])
            _ = try sana.run(["learner", "codes", "--learner", QuizCommandsTests.iin, "--out", work.file("\(review).csv"), "--db", store])
            let code = String(try String(contentsOfFile: work.file("\(review).csv"), encoding: .utf8).split(separator: "\r\n")[1].split(separator: ",")[2])
            let wrong = #"{"tf": true, "even": "Almaty", "capital": "Kolsai", "year": 1955}"#
            let text = try sana.run(["quiz", "take", "quiz", "--learner", QuizCommandsTests.iin, "--answers", "-", "--db", store],
                                    environment: ["SANA_ACCESS_CODE": code], input: wrong)
            #expect(text.status == 0, "\(text.stderr)")
            let keys = ["Baikonur", "Kaindy", "Қайыңды", "1956", "Correct answer"]
            if review == "correctness" {
                for shown in ["✗ Is the steppe flat everywhere?\n   Your answer: true\n   Not quite: look at a map of the Altai.\n   Kazakhstan has mountains in the east and south.\n",
                              "Your answer: Almaty\n   Almaty has no launch pad.\n   It is in Kyzylorda Region.\n",
                              "Your answer: Kolsai\n   Its name comes from birch trees.\n",
                              "Your answer: 1955\n   It was held at Dartmouth College in the summer.\n"] {
                    #expect(text.stdout.contains(shown), "\(text.stdout)")
                }
                #expect(keys.filter { text.stdout.contains($0) } == [], "\(text.stdout)")
                #expect(text.stdout.contains("✗ Is the steppe flat everywhere?"))
            } else {
                for line in ["Correct answer: false", "Correct answer: Baikonur", "Correct answer: Kaindy", "Correct answer: 1956"] {
                    #expect(text.stdout.contains(line), "\(text.stdout)")
                }
            }
        }
        // The JSON result under correctness carries no key either.
        let store = work.file("json.db")
        _ = try sana.run(["init", "--db", store])
        let source = try course("correctness")
        #expect(try sana.run(["course", "import", "quiz", "--db", store], in: source.path).status == 0)
        _ = try sana.run(["learner", "add", "--iin", QuizCommandsTests.iin, "--last-name", "А", "--first-name", "Б", "--course", "quiz", "--db", store])
        _ = try sana.run(["learner", "codes", "--learner", QuizCommandsTests.iin, "--out", work.file("json.csv"), "--db", store])
        let code = String(try String(contentsOfFile: work.file("json.csv"), encoding: .utf8).split(separator: "\r\n")[1].split(separator: ",")[2])
        let json = try sana.run(["quiz", "take", "quiz", "--learner", QuizCommandsTests.iin, "--answers", "-", "--json", "--db", store],
                                environment: ["SANA_ACCESS_CODE": code], input: #"{"tf": true, "even": "Almaty", "capital": "Kolsai", "year": 1955}"#)
        #expect(json.status == 0, "\(json.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let items = (report["result"] as! [String: Any])["items"] as! [[String: Any]]
        #expect(items.count == 4)
        let itemsText = String(decoding: try JSONSerialization.data(withJSONObject: items), as: UTF8.self)
        #expect(["Baikonur", "Kaindy", "Қайыңды", "1956", "correct_answer"].filter { itemsText.contains($0) } == [], "\(itemsText)")
        #expect(items.first { $0["qid"] as? String == "even" }?["feedback"] as? [String] == ["Almaty has no launch pad.", "It is in Kyzylorda Region."])
    }

    @Test func invalidAnswersAreAllReportedAndNothingIsRecorded() throws {
        let code = try QuizCommandsTests.prepare(sana, work, db: db)
        try work.write("bad.json", #"{"tf": "maybe", "even": "z", "nope": 1, "year": 1956}"#)
        let result = try take(["--answers", "bad.json"], code: code)
        #expect(result.status == 1)
        #expect(result.stderr == """
            bad.json: error: answer to even: give one option, as its letter or its text
            bad.json: error: question nope is not part of attempt 1
            bad.json: error: answer to tf: type t (true) or f (false)
            sana: error: bad.json has 3 invalid answers: nothing was recorded

            """)
        let count = try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM answer") }
        #expect(count == 0)
        try work.write("notjson.json", "[1, 2]")
        let notJSON = try take(["--answers", "notjson.json"], code: code)
        #expect(notJSON.stderr == "sana: error: cannot read answers from notjson.json: it is not a JSON object of question id → answer\n")
    }

    @Test func theAccessCodeIsCheckedAndWrongCodesLockOut() throws {
        let code = try QuizCommandsTests.prepare(sana, work, db: db)
        // Read from stdin when not a terminal and no $SANA_ACCESS_CODE.
        let viaStdin = try sana.run(["quiz", "take", "quiz", "--learner", QuizCommandsTests.iin, "--answers", "-", "--no-submit", "--db", db], input: code.lowercased() + "\n{}")
        #expect(viaStdin.status == 0, "\(viaStdin.stderr)")
        #expect(viaStdin.stderr == "Access code for 040115500005: ")
        for left in [4, 3, 2, 1] {
            let wrong = try take(["--answers", "-"], code: "2222-2222-2222", input: "{}")
            #expect(wrong.status == 1)
            #expect(wrong.stderr == "sana: error: wrong access code for learner 040115500005 (\(left) \(left == 1 ? "try" : "tries") left before a 15-minute lockout)\n")
        }
        let locked = try take(["--answers", "-"], code: "2222-2222-2222", input: "{}")
        #expect(locked.stderr.hasPrefix("sana: error: learner 040115500005 is locked out after 5 wrong access codes until "))
        let stillLocked = try take(["--answers", "-"], code: code, input: "{}")
        #expect(stillLocked.stderr.hasPrefix("sana: error: learner 040115500005 is locked out"))
    }

    @Test func onlyEnrolledLearnersMayStart() throws {
        _ = try QuizCommandsTests.prepare(sana, work, db: db)
        _ = try sana.run(["learner", "add", "--iin", "991201600009", "--last-name", "Б", "--first-name", "В", "--db", db])
        _ = try sana.run(["learner", "codes", "--learner", "991201600009", "--out", work.file("b.csv"), "--db", db])
        let text = try String(contentsOfFile: work.file("b.csv"), encoding: .utf8)
        let code = String(text.split(separator: "\r\n")[1].split(separator: ",")[2])
        let result = try sana.run(["quiz", "take", "quiz", "--learner", "991201600009", "--answers", "-", "--db", db], environment: ["SANA_ACCESS_CODE": code], input: "{}")
        #expect(result.status == 1)
        #expect(result.stderr == "sana: error: learner 991201600009 is not enrolled in quiz\n")
        let noCode = try sana.run(["quiz", "take", "quiz", "--learner", QuizCommandsTests.iin, "--answers", "-", "--db", db], environment: ["SANA_ACCESS_CODE": code], input: "{}")
        #expect(noCode.stderr == "sana: error: wrong access code for learner 040115500005 (4 tries left before a 15-minute lockout)\n")
        let usage = try sana.run(["quiz", "take", "quiz", "--learner", QuizCommandsTests.iin, "--json", "--db", db])
        #expect(usage.status == 64)
    }

    @Test func expireSubmitsOverdueAttempts() throws {
        let code = try QuizCommandsTests.prepare(sana, work, db: db)
        _ = try take(["--answers", "-", "--no-submit"], code: code, input: #"{"tf": true}"#)
        let none = try sana.run(["quiz", "expire", "--db", db])
        #expect(none.stdout == "submitted 0 overdue attempts\n")
        try DatabaseQueue(path: db).write { try $0.execute(sql: "UPDATE attempt SET deadline = '2020-01-01 00:00:00.000'") }
        let expired = try sana.run(["quiz", "expire", "--db", db])
        #expect(expired.stdout == "submitted 1 overdue attempt: 1\n")
        let row = try DatabaseQueue(path: db).read { try Row.fetchOne($0, sql: "SELECT submitted_by, submitted_at, score FROM attempt") }!
        #expect(row["submitted_by"] as String == "expiry")
        #expect(row["submitted_at"] as String == "2020-01-01 00:00:00.000")
        #expect(row["score"] as Double == 25)
    }

    @Test func theNextContactSubmitsAnExpiredAttemptAndShowsItsResult() throws {
        let code = try QuizCommandsTests.prepare(sana, work, db: db, review: "score")
        _ = try take(["--answers", "-", "--no-submit"], code: code, input: #"{"tf": true, "year": 1956}"#)
        try DatabaseQueue(path: db).write { try $0.execute(sql: "UPDATE attempt SET deadline = '2020-01-01 00:00:00.000'") }
        let next = try take(["--answers", "-"], code: code, input: #"{"capital": "Астана"}"#)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout == """
            Time ran out at 1 January 2020, 06:00 (Asia/Almaty, UTC+6): the attempt was
            submitted with the answers given.
            Score 50% · pass mark 70% · NOT PASSED
            Answered 2 of 4 · attempt 1 of 2.
            1 attempt left.

            """)
    }
}
