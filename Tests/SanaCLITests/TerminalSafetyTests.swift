import Foundation
import SanaTestSupport
import Testing

/// Escape and control characters in a lesson, a question, a roster's header or a file name never
/// reach the terminal raw: they once wrote the clipboard (OSC 52) and cleared the screen.
@Suite struct TerminalSafetyTests {
    let sana = SanaBinary.built
    let work = TemporaryFolder()
    static let hostile = "\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J\u{202E}"

    @Test func lessonsQuestionsHeadersAndFileNamesAreShownVisibly() throws {
        let db = work.file("s.db")
        _ = try QuizCommandsTests.prepare(sana, work, db: db)
        try work.write("quiz/lessons/01-one.en.md", "# One\n\nText \(Self.hostile) end.\n")
        try work.write("quiz/questions/basics.en.gift", """
            ::tf::Is the sky blue \(Self.hostile)?{T####Usually.}

            ::even::Pick the even number.{=2#Right. ~3#Odd. ~5#Odd.}

            ::capital::Capital of Kazakhstan?{=Астана =Astana####Астана.}

            ::year::When was the Dartmouth workshop?{#1956:0####1956.}

            """)
        #expect(try sana.run(["course", "import", "quiz", "--db", db], in: work.path).status == 0)
        let lesson = try sana.run(["learn", "quiz", "--learner", QuizCommandsTests.iin, "--lang", "en", "--db", db])
        #expect(lesson.status == 0, "\(lesson.stderr)")
        #expect(lesson.stdout.contains("Text \\u{1B}]52;c;ZXZpbA==\\u{7}\\u{1B}[2J\\u{202E} end."), "\(lesson.stdout)")
        #expect(!lesson.stdout.contains("\u{1B}"))

        let roster = try work.write("r\u{1B}[31m.csv", "iin,last_name,first_name,x\(Self.hostile)\n000101300019,Ким,Анна,1\n")
        let imported = try sana.run(["roster", "import", roster, "--institution", "ҚазҰУ", "--course", "quiz", "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(!imported.stderr.contains("\u{1B}") && !imported.stdout.contains("\u{1B}"), "\(imported.stderr)")
        #expect(imported.stderr.contains("ignoring columns 'x\\u{1B}]52;c;ZXZpbA==\\u{7}\\u{1B}[2J\\u{202E}'"))
        #expect(imported.stdout.contains("r\\u{1B}[31m.csv"))
    }
}
