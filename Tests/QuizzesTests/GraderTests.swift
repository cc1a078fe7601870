import Courses
import Quizzes
import Testing

@Suite struct GraderTests {
    func question(_ answer: AnswerKey) -> Question {
        Question(id: "q", pool: "p", language: .kk, text: "?", answer: answer)
    }

    @Test func choiceTakesTheOptionsCreditAndNeverLessThanZero() {
        let q = question(.choice([Choice(text: "right", credit: 100), Choice(text: "half", credit: 50), Choice(text: "bad", credit: -25)]))
        #expect(Grader.credit(q, .choice(0)) == 1)
        #expect(Grader.credit(q, .choice(1)) == 0.5)
        #expect(Grader.credit(q, .choice(2)) == 0)
        #expect(Grader.credit(q, .choice(7)) == 0)
        #expect(Grader.credit(q, nil) == 0)
    }

    @Test func multiAddsCreditsWithNegativeWeightsClampedAtZero() {
        let q = question(.multi([Choice(text: "a", credit: 50), Choice(text: "b", credit: 50), Choice(text: "c", credit: -100), Choice(text: "d", credit: -50)]))
        #expect(Grader.credit(q, .multi([0, 1])) == 1)
        #expect(Grader.credit(q, .multi([0])) == 0.5)
        #expect(Grader.credit(q, .multi([0, 1, 3])) == 0.5)
        #expect(Grader.credit(q, .multi([0, 1, 2])) == 0)
        #expect(Grader.credit(q, .multi([2, 3])) == 0)
        #expect(Grader.credit(q, .multi([0, 0, 1])) == 1)
        #expect(Grader.credit(q, .multi([0, 9])) == 0)
    }

    @Test func trueFalseIsAllOrNothing() {
        let q = question(.truefalse(TrueFalseKey(answer: false)))
        #expect(Grader.credit(q, .truefalse(false)) == 1)
        #expect(Grader.credit(q, .truefalse(true)) == 0)
    }

    @Test func shortAnswersMatchAfterFoldingWithTheBestCredit() {
        let q = question(.short([ShortAnswer(text: "Жасанды интеллект"), ShortAnswer(text: "ЖИ", credit: 50)]))
        #expect(Grader.credit(q, .short("  жасанды   ИНТЕЛЛЕКТ ")) == 1)
        #expect(Grader.credit(q, .short("жи")) == 0.5)
        // Decomposed ә (а + U+0306 is not ә; ә is U+04D9, its decomposition is itself) and precomposed forms fold alike.
        let decomposed = question(.short([ShortAnswer(text: "Café")]))
        #expect(Grader.credit(decomposed, .short("cafe\u{301}")) == 1)
        #expect(Grader.credit(q, .short("жасанды")) == 0)
    }

    @Test func numericAcceptsWithinToleranceOrRangeWithTheBestCredit() {
        let q = question(.numeric([.tolerance(1956, 0), .tolerance(1956, 2, credit: 50)]))
        #expect(Grader.credit(q, .numeric(1956)) == 1)
        #expect(Grader.credit(q, .numeric(1958)) == 0.5)
        #expect(Grader.credit(q, .numeric(1954)) == 0.5)
        #expect(Grader.credit(q, .numeric(1959)) == 0)
        #expect(Grader.credit(q, .numeric(.nan)) == 0)
        let range = question(.numeric([.range(1, 5)]))
        #expect(Grader.credit(range, .numeric(1)) == 1)
        #expect(Grader.credit(range, .numeric(5)) == 1)
        #expect(Grader.credit(range, .numeric(5.01)) == 0)
        let tolerance = question(.numeric([.tolerance(3.14, 0.01)]))
        #expect(Grader.credit(tolerance, .numeric(3.15)) == 1)
        #expect(Grader.credit(tolerance, .numeric(3.16)) == 0)
    }

    @Test func matchingGivesCreditPerPair() {
        let q = question(.matching([MatchPair(prompt: "cat", answer: "meow"), MatchPair(prompt: "dog", answer: "woof"), MatchPair(prompt: "cow", answer: "moo"), MatchPair(prompt: "", answer: "quack")]))
        #expect(Grader.credit(q, .matching([0, 1, 2])) == 1)
        #expect(Grader.credit(q, .matching([1, 0, 2])) == 1.0 / 3)
        #expect(Grader.credit(q, .matching([3, 3, 3])) == 0)
        #expect(Grader.credit(q, .matching([0, 1])) == 2.0 / 3)
    }

    @Test func aResponseOfTheWrongKindEarnsNothing() {
        let q = question(.truefalse(TrueFalseKey(answer: true)))
        #expect(Grader.credit(q, .choice(0)) == 0)
        #expect(Grader.credit(q, .short("true")) == 0)
    }

    /// Issue 13, case 7: the answers that scored 0 in the trial now score, graded in the question's language.
    @Test func shortAnswersFoldLookAlikesHyphensAndTrailingPunctuation() {
        let kazakh = Question(id: "q", pool: "p", language: .kk, text: "?", answer: .short([ShortAnswer(text: "біржақтылық"), ShortAnswer(text: "промпт")]))
        #expect(Grader.credit(kazakh, .short("бiржақтылық")) == 1)
        #expect(Grader.credit(kazakh, .short("промпт.")) == 1)
        let english = Question(id: "q", pool: "p", language: .en, text: "?", answer: .short([ShortAnswer(text: "deepfake"), ShortAnswer(text: "Turing test")]))
        #expect(Grader.credit(english, .short("deep-fake")) == 1)
        #expect(Grader.credit(english, .short("Turing test.")) == 1)
        #expect(Grader.credit(english, .short("Turing")) == 0)
    }
}
