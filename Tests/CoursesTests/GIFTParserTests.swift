@testable import Courses
import Testing

/// GIFT as teachers write it: every supported question type, escapes, comments, and the exact
/// diagnostic (text and line) for each kind of malformed question.
@Suite struct GIFTParserTests {
    func parse(_ text: String) -> GIFTParser.Result {
        GIFTParser(file: "p.en.gift", pool: "p", language: .en).parse(text)
    }

    func only(_ text: String) throws -> Question {
        let result = parse(text)
        #expect(result.diagnostics == [], "\(result.diagnostics)")
        return try #require(result.questions.first)
    }

    func messages(_ text: String) -> [String] {
        parse(text).diagnostics.map(\.description)
    }

    @Test func multipleChoiceWithFeedback() throws {
        let question = try only("""
            // a comment
            ::q1::Which is narrow AI?{
            =Face unlock#Right: one task.
            ~General AI#Wrong.
            ~A calculator
            ####Narrow AI does one task.}
            """.replacingOccurrences(of: "Right:", with: "Right\\:"))
        #expect(question.id == "q1")
        #expect(question.pool == "p")
        #expect(question.language == .en)
        #expect(question.text == "Which is narrow AI?")
        #expect(question.answer == .choice([
            Choice(text: "Face unlock", credit: 100, feedback: "Right: one task."),
            Choice(text: "General AI", credit: 0, feedback: "Wrong."),
            Choice(text: "A calculator", credit: 0),
        ]))
        #expect(question.generalFeedback == "Narrow AI does one task.")
        #expect(question.options == ["Face unlock", "General AI", "A calculator"])
    }

    @Test func multipleAnswersWithPartialCredit() throws {
        let question = try only("::q2::Pick two.{~%50%a#yes ~%50%b ~%-100%c#no ~d}")
        #expect(question.answer == .multi([
            Choice(text: "a", credit: 50, feedback: "yes"), Choice(text: "b", credit: 50),
            Choice(text: "c", credit: -100, feedback: "no"), Choice(text: "d", credit: 0),
        ]))
    }

    @Test func trueFalseInEveryWriting() throws {
        #expect(try only("::t1::Sky is blue.{T}").answer == .truefalse(TrueFalseKey(answer: true)))
        #expect(try only("::t2::Sky is green.{FALSE}").answer == .truefalse(TrueFalseKey(answer: false)))
        let withFeedback = try only("::t3::Water is wet.{TRUE#Think again.#Yes.####Water wets things.}")
        #expect(withFeedback.answer == .truefalse(TrueFalseKey(answer: true, feedbackIfWrong: "Think again.", feedbackIfRight: "Yes.")))
        #expect(withFeedback.generalFeedback == "Water wets things.")
    }

    @Test func shortAnswerWithSeveralAcceptedAnswersAndMissingWordForm() throws {
        let question = try only("::s1::The capital is {=Astana =%50%Nur-Sultan#Its former name. =Астана} today.")
        #expect(question.text == "The capital is _____ today.")
        #expect(question.answer == .short([
            ShortAnswer(text: "Astana"), ShortAnswer(text: "Nur-Sultan", credit: 50, feedback: "Its former name."), ShortAnswer(text: "Астана"),
        ]))
    }

    @Test func numericWithToleranceRangeAndSeveralAnswers() throws {
        #expect(try only("::n1::Year?{#1956:0}").answer == .numeric([.tolerance(1956, 0)]))
        #expect(try only("::n2::Year?{#1956}").answer == .numeric([.tolerance(1956, 0)]))
        #expect(try only("::n3::Pi?{#3.14:0.01#Close enough.}").answer == .numeric([.tolerance(3.14, 0.01, feedback: "Close enough.")]))
        #expect(try only("::n4::One to five?{#1..5}").answer == .numeric([.range(1, 5)]))
        #expect(try only("::n5::Below zero?{#-10..-1}").answer == .numeric([.range(-10, -1)]))
        let several = try only("""
            ::n6::When was Abai born?{#
            =1845:0#Right.
            =%50%1845:5#Close.
            ~1900#Much later.
            }
            """)
        #expect(several.answer == .numeric([
            .tolerance(1845, 0, feedback: "Right."), .tolerance(1845, 5, credit: 50, feedback: "Close."), .tolerance(1900, 0, credit: 0, feedback: "Much later."),
        ]))
        #expect(NumericAnswer.tolerance(1845, 5).accepts(1850))
        #expect(!NumericAnswer.tolerance(1845, 5).accepts(1851))
        #expect(NumericAnswer.range(1, 5).accepts(1))
    }

    @Test func matchingWithDistractor() throws {
        let question = try only("""
            ::m1::Match.{
            =AI -> The field
            =ML -> Learning from examples
            = -> A distractor
            ####ML is part of AI.}
            """)
        #expect(question.answer == .matching([
            MatchPair(prompt: "AI", answer: "The field"), MatchPair(prompt: "ML", answer: "Learning from examples"),
            MatchPair(prompt: "", answer: "A distractor"),
        ]))
        #expect(question.matchingPrompts == ["AI", "ML"])
        #expect(question.options == ["The field", "Learning from examples", "A distractor"])
    }

    @Test func escapesAndFormats() throws {
        let question = try only(##"::e\:1::[markdown]Is 2 \= 1 \+ 1 \{sic\} \#1 a\\b?\nSecond line.{=yes \~ sure#a\:b ~no}"##)
        #expect(question.id == "e:1")
        #expect(question.text == "Is 2 = 1 \\+ 1 {sic} #1 a\\b?\nSecond line.")
        #expect(question.answer == .choice([Choice(text: "yes ~ sure", credit: 100, feedback: "a:b"), Choice(text: "no", credit: 0)]))
    }

    @Test func blankLinesSeparateQuestionsAndCommentsVanish() {
        let result = parse("""
            // header

            ::a::First?{T}
            // between lines of no question

            ::b::Second
            // a comment inside a question
            {F}
            """)
        #expect(result.questions.map(\.id) == ["a", "b"])
        #expect(result.entries.map(\.line) == [3, 6])
        #expect(result.questions[1].text == "Second")
    }

    @Test func windowsLineEndingsAndByteOrderMark() {
        let result = parse("\u{FEFF}::a::First?{T}\r\n\r\n::b::Second?{F}\r\n")
        #expect(result.questions.map(\.id) == ["a", "b"])
        #expect(result.entries.map(\.line) == [1, 3])
    }

    // MARK: diagnostics, one per kind, with exact text and line

    @Test func missingTitle() {
        #expect(messages("::a::Fine{T}\n\nWhat is AI?{=x}") == ["p.en.gift:3: error: question has no ::id:: title: sana uses the title as the question's stable id"])
    }

    @Test func unclosedBrace() {
        #expect(messages("\n::a::Text{\n=one\n~two") == ["p.en.gift:2: error: question a has a '{' that is never closed"])
    }

    @Test func missingAnswers() {
        #expect(messages("::a::Just a description") == ["p.en.gift:1: error: question a has no answers: '{' is missing"])
    }

    @Test func essayIsRejected() {
        #expect(messages("::a::Describe it.{}") == ["p.en.gift:1: error: question a is an essay question ({}), which sana does not support"])
    }

    @Test func weightThatIsNotANumber() {
        #expect(messages("::a::Q{\n=x\n~%abc%y}") == ["p.en.gift:3: error: question a has weight '%abc%', which is not a number"])
    }

    @Test func weightOutOfRange() {
        #expect(messages("::a::Q{~%150%x ~y}") == ["p.en.gift:1: error: question a has weight 150%, outside -100...100"])
    }

    @Test func strayTextBeforeAnswers() {
        #expect(messages("::a::Q{oops =x ~y}") == ["p.en.gift:1: error: question a has text 'oops' where an answer should start with '=' or '~'"])
    }

    @Test func badNumber() {
        #expect(messages("::a::Year?{#nineteen}") == ["p.en.gift:1: error: question a has numeric answer 'nineteen', which is not a number such as 1956 or 1956:2"])
        #expect(messages("::a::Year?{#5..1}") == ["p.en.gift:1: error: question a has range 5..1 whose lower end is above its upper end"])
    }

    @Test func matchingMixedWithOtherAnswers() {
        #expect(messages("::a::Q{\n=a -> b\n=c}") == ["p.en.gift:3: error: question a mixes matching pairs (a -> b) with other answers"])
    }

    @Test func emptyAnswer() {
        #expect(messages("::a::Q{=x ~ ~y}") == ["p.en.gift:1: error: question a has an empty answer"])
    }

    @Test func twoAnswerBlocks() {
        #expect(messages("::a::{=x} and {=y}") == ["p.en.gift:1: error: question a has more than one answer block: sana supports one '{...}' per question"])
    }

    @Test func categoryLinesAreIgnoredWithAWarning() {
        let result = parse("$CATEGORY: $course$/Imported\n\n::a::Q{T}")
        #expect(result.questions.map(\.id) == ["a"])
        #expect(result.diagnostics.map(\.description) == ["p.en.gift:1: warning: $CATEGORY lines are ignored: a question's pool is its file name (p)"])
    }

    @Test func aMalformedQuestionDoesNotHideTheRest() {
        let result = parse("::a::Q{~%x%y}\n\n::b::Fine?{T}")
        #expect(result.questions.map(\.id) == ["b"])
        #expect(result.diagnostics.count == 1)
    }
}
