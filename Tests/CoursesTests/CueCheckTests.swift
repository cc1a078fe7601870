@testable import Courses
import Testing

/// `CueCheck`: each rule on a small pool (the same GIFT in kk and en), with the exact message,
/// and each threshold's edge.
@Suite struct CueCheckTests {
    /// The cue errors of pool basics in English, when both languages hold `gift`.
    func cues(_ gift: String) throws -> [String] {
        let fixture = PackageFixture()
        fixture.files["questions/basics.kk.gift"] = gift
        fixture.files["questions/basics.en.gift"] = gift
        let package = try fixture.load()
        #expect(package.errors.map(\.description) == [])
        return CueCheck.diagnostics(CueCheck.measure(package))
            .filter { $0.file.hasSuffix("basics.en.gift") }
            .map { $0.description.replacingOccurrences(of: fixture.path + "/", with: "") }
    }

    /// `count` short-answer questions whose feedback gives nothing away (the strategy earns 0 on them).
    static func shortAnswers(_ count: Int) -> String {
        (1...count).map { "::s\($0)::Name the river of the capital.{=Ishim =Esil####Look at a map of the capital.}\n" }.joined(separator: "\n")
    }

    static func trueFalse(_ answers: [Bool]) -> String {
        answers.enumerated().map { "::t\($0.offset + 1)::Statement \($0.offset + 1).{\($0.element ? "T" : "F")####Think it through.}\n" }.joined(separator: "\n")
    }

    @Test func theKeyIsTheLongestOption() throws {
        let gift = """
            ::c1::Pick one.{=A long right answer#r ~short#w ~tiny#w####Think.}

            ::c2::Pick one.{=Another long right answer#r ~short#w ~brief#w####Think.}

            ::c3::Pick one.{=same#r ~also#w####Think.}


            """ + CueCheckTests.shortAnswers(6)
        // A tie is not "strictly longest": 2 of 3; the strategy earns 100 + 100 + 50 of 900 (27.8%).
        #expect(try cues(gift) == ["questions/basics.en.gift:1: error: the key is the longest option in 2 of 3 single-answer questions (66.7%, at most 35%): c1, c2"])
        let package = try PackageFixture().load()
        #expect(CueCheck.measure(package).map(\.longestKey) == [[], []])
    }

    @Test func alwaysTheLongestOptionAndTrue() throws {
        let gift = """
            ::t1::Statement one.{T####Think.}

            ::t2::Statement two.{F####Think.}

            ::m1::Pick all.{~%50%the longest option here#r ~%50%b#r ~%-100%c#w####Think.}

            ::c1::Pick one.{=a#r ~the longer wrong option#w####Think.}

            """
        #expect(try cues(gift) == ["questions/basics.en.gift:1: error: always choosing the longest option and answering True would score 37.5% (at most 30%): it earns credit on t1, m1"])
        // Exactly 30% passes.
        #expect(try cues(CueCheckTests.trueFalse([true, true, true]) + "\n" + CueCheckTests.shortAnswers(7)) == [])
    }

    @Test func multipleAnswerQuestionsVaryTheirRightCount() throws {
        func multi(_ id: Int, right: Int) -> String {
            let credit = 100.0 / Double(right)
            let rights = (0..<right).map { "~%\(credit)%r\($0)#r" }.joined(separator: " ")
            return "::m\(id)::Pick all.{\(rights) ~%-50%the longest wrong option#w ~%-50%w#w####Think.}\n"
        }
        let four = (1...4).map { multi($0, right: 2) }.joined(separator: "\n")
        #expect(try cues(four) == ["questions/basics.en.gift:1: error: all 4 multiple-answer questions have 2 right answers: vary the number between 1 and the number of options (m1, m2, m3, m4)"])
        #expect(try cues((1...3).map { multi($0, right: 2) }.joined(separator: "\n")) == [])
        #expect(try cues((1...3).map { multi($0, right: 2) }.joined(separator: "\n") + "\n" + multi(4, right: 3)) == [])
    }

    @Test func trueFalseIsBalanced() throws {
        #expect(try cues(CueCheckTests.trueFalse([true, false, false, false, false])) == [
            "questions/basics.en.gift:1: error: 4 of 5 true/false questions are False (80%, at most 70% either way): t2, t3, t4, t5",
        ])
        // Fewer than 5, or 70% exactly, pass.
        #expect(try cues(CueCheckTests.trueFalse([false, false, false, false])) == [])
        #expect(try cues(CueCheckTests.trueFalse([true, true, true, false, false, false, false, false, false, false])) == [])
    }

    @Test func generalFeedbackNeverGivesTheKeyAway() throws {
        let gift = """
            ::k1::Capital?{=Astana#r ~Almaty#w ~Shymkent#w####The capital moved to ASTANA in 1997.}

            ::k2::Which is AI?{=AI#r ~ML#w####She said it was not magic.}

            ::k3::Pick all.{~%50%Spam filter#r ~%50%Face unlock#r ~%-100%Calculator#w####A face unlock system learns from examples.}

            ::k4::Name it.{=Turing test =imitation game####Turing proposed the imitation game in his paper.}

            ::k5::How many?{#2:0####Count the tools\\: (2) is one of them.}

            ::k6::How many?{#12:0####Count 120 items, then 1.2 of them.}

            ::k7::Statement seven.{T####True\\: it is.}

            ::k8::Statement eight.{F####Жалған, өйткені олай емес.}

            ::k9::Statement nine.{F####Truly, think about it.}

            ::k10::Which range?{#10..20####Between 10 and 20.}

            ::k11::Capital?{=Astana#Right. ~Almaty#No\\: the capital is Astana. ~Aktau#No.####Think of the Ishim.}

            """
        #expect(try cues(gift) == [
            "questions/basics.en.gift:1: error: the general feedback of question k1 contains its key 'Astana'",
            "questions/basics.en.gift:5: error: the general feedback of question k3 contains its right option 'Face unlock'",
            "questions/basics.en.gift:7: error: the general feedback of question k4 contains its accepted answer 'imitation game'",
            "questions/basics.en.gift:9: error: the general feedback of question k5 contains its answer 2",
            "questions/basics.en.gift:13: error: the general feedback of true/false question k7 starts with the verdict 'True'",
            "questions/basics.en.gift:15: error: the general feedback of true/false question k8 starts with the verdict 'Жалған'",
            "questions/basics.en.gift:19: error: the general feedback of question k10 contains its answer 10",
            "questions/basics.en.gift:21: error: the feedback of wrong option 'Almaty' of question k11 contains its key 'Astana'",
        ])
    }

    @Test func wholeWordsAfterFoldingAndNumbersAsWritten() {
        #expect(CueCheck.mentions("She said so", "AI") == false)
        #expect(CueCheck.mentions("Ол «Жасанды  Интеллект» туралы", "жасанды интеллект"))
        #expect(CueCheck.mentions("prompt-injection", "prompt") == true)
        #expect(CueCheck.mentions("prompts", "prompt") == false)
        #expect(CueCheck.numbers(in: "1,000 people, 3,5 points, 2. And 7") == [1, 1000, 3.5, 2, 7])
    }
}
