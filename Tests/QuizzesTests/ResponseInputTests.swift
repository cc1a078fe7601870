import Courses
import Quizzes
import Testing

@Suite struct ResponseInputTests {
    let choice = Question(id: "c", pool: "p", language: .en, text: "?", answer: .choice([Choice(text: "Astana", credit: 100), Choice(text: "Almaty", credit: 0), Choice(text: "Shymkent", credit: 0)]))
    // Shown as a) Shymkent b) Astana c) Almaty.
    let order = [2, 0, 1]

    func reason(_ typed: String, _ question: Question, _ order: [Int]) -> String? {
        do {
            _ = try ResponseInput.parse(typed, question: question, optionOrder: order)
            return nil
        } catch QuizzesError.invalidAnswer(_, let reason) {
            return reason
        } catch {
            return "\(error)"
        }
    }

    @Test func lettersFollowTheShownOrder() throws {
        #expect(try ResponseInput.parse("b", question: choice, optionOrder: order) == .choice(0))
        #expect(try ResponseInput.parse(" A ", question: choice, optionOrder: order) == .choice(2))
        #expect(try ResponseInput.parse("c)", question: choice, optionOrder: order) == .choice(1))
        #expect(reason("d", choice, order) == "type one letter from a to c")
        #expect(reason("ab", choice, order) == "type one letter from a to c")
        #expect(reason("", choice, order) == "type one letter from a to c")
    }

    @Test func multiTakesSeveralLetters() throws {
        let multi = Question(id: "m", pool: "p", language: .en, text: "?", answer: .multi([Choice(text: "x", credit: 50), Choice(text: "y", credit: 50), Choice(text: "z", credit: -100)]))
        #expect(try ResponseInput.parse("a c", question: multi, optionOrder: [1, 2, 0]) == .multi([1, 0]))
        #expect(try ResponseInput.parse("c,a", question: multi, optionOrder: [1, 2, 0]) == .multi([0, 1]))
        #expect(try ResponseInput.parse("aa", question: multi, optionOrder: [1, 2, 0]) == .multi([1]))
        #expect(reason("a q", multi, [1, 2, 0]) == "type the letters of every option you choose, from a to c, such as: a c")
    }

    @Test func trueFalseNumericAndShortAnswers() throws {
        let tf = Question(id: "t", pool: "p", language: .kk, text: "?", answer: .truefalse(TrueFalseKey(answer: true)))
        for yes in ["t", "TRUE", "иә", "да"] { #expect(try ResponseInput.parse(yes, question: tf, optionOrder: []) == .truefalse(true)) }
        for no in ["f", "false", "жоқ", "нет"] { #expect(try ResponseInput.parse(no, question: tf, optionOrder: []) == .truefalse(false)) }
        #expect(reason("maybe", tf, []) == "type t (true) or f (false)")
        let numeric = Question(id: "n", pool: "p", language: .ru, text: "?", answer: .numeric([.tolerance(3.5, 0)]))
        #expect(try ResponseInput.parse("3,5", question: numeric, optionOrder: []) == .numeric(3.5))
        #expect(try ResponseInput.parse("1 000", question: numeric, optionOrder: []) == .numeric(1000))
        #expect(try ResponseInput.parse("5%", question: numeric, optionOrder: []) == .numeric(5))
        #expect(try ResponseInput.parse("−2", question: numeric, optionOrder: []) == .numeric(-2))
        #expect(reason("five", numeric, []) == "type a number, such as 42 or 3.5")
        #expect(reason("inf", numeric, []) == "type a number, such as 42 or 3.5")
        let short = Question(id: "s", pool: "p", language: .kk, text: "?", answer: .short([ShortAnswer(text: "Астана")]))
        #expect(try ResponseInput.parse("  Жасанды интеллект ", question: short, optionOrder: []) == .short("Жасанды интеллект"))
        #expect(reason("", short, []) == "type your answer")
        #expect(reason("a\u{7}b", short, []) == "the answer contains a control character")
        #expect(reason("bad \u{FFFD} bytes", short, []) == "the terminal sent text that is not UTF-8: set a UTF-8 locale (LANG=kk_KZ.UTF-8, ru_RU.UTF-8 or C.UTF-8)")
        #expect(reason(String(repeating: "ә", count: 501), short, []) == "the answer is longer than 500 characters")
    }

    @Test func matchingTakesOneLetterPerPromptInSeveralForms() throws {
        let matching = Question(id: "x", pool: "p", language: .en, text: "?", answer: .matching([MatchPair(prompt: "cat", answer: "meow"), MatchPair(prompt: "dog", answer: "woof"), MatchPair(prompt: "", answer: "quack")]))
        // Shown: a) quack b) woof c) meow
        let shown = [2, 1, 0]
        #expect(try ResponseInput.parse("c b", question: matching, optionOrder: shown) == .matching([0, 1]))
        #expect(try ResponseInput.parse("cb", question: matching, optionOrder: shown) == .matching([0, 1]))
        #expect(try ResponseInput.parse("2-b, 1-c", question: matching, optionOrder: shown) == .matching([0, 1]))
        #expect(reason("c", matching, shown) == "type one letter (a to c) for each of the 2 items in order, such as: a b")
        #expect(reason("1c 1b", matching, shown) != nil)
    }

    @Test func answersFileValuesTakeLettersOrTheOptionsText() throws {
        #expect(try ResponseInput.parse(.text("astana"), question: choice, optionOrder: order) == .choice(0))
        #expect(try ResponseInput.parse(.text("a"), question: choice, optionOrder: order) == .choice(2))
        let multi = Question(id: "m", pool: "p", language: .en, text: "?", answer: .multi([Choice(text: "x", credit: 50), Choice(text: "y", credit: 50)]))
        #expect(try ResponseInput.parse(.list([.text("y"), .text("b")]), question: multi, optionOrder: [0, 1]) == .multi([1]))
        let tf = Question(id: "t", pool: "p", language: .en, text: "?", answer: .truefalse(TrueFalseKey(answer: true)))
        #expect(try ResponseInput.parse(.bool(false), question: tf, optionOrder: []) == .truefalse(false))
        let numeric = Question(id: "n", pool: "p", language: .en, text: "?", answer: .numeric([.range(1, 5)]))
        #expect(try ResponseInput.parse(.number(2.5), question: numeric, optionOrder: []) == .numeric(2.5))
        #expect(try ResponseInput.parse(.text("2,5"), question: numeric, optionOrder: []) == .numeric(2.5))
        let matching = Question(id: "x", pool: "p", language: .en, text: "?", answer: .matching([MatchPair(prompt: "cat", answer: "meow"), MatchPair(prompt: "dog", answer: "woof")]))
        #expect(try ResponseInput.parse(.object(["Dog": .text("woof"), "cat": .text("b")]), question: matching, optionOrder: [1, 0]) == .matching([0, 1]))
        #expect(throws: QuizzesError.invalidAnswer(qid: "t", reason: "a truefalse question takes a single value")) {
            try ResponseInput.parse(.list([.bool(true)]), question: tf, optionOrder: [])
        }
        #expect(throws: QuizzesError.invalidAnswer(qid: "c", reason: "give one option, as its letter or its text")) {
            try ResponseInput.parse(.text("Paris"), question: choice, optionOrder: order)
        }
    }

    /// Issue 13, case 6: option letters and t/f typed on a Cyrillic layout without switching.
    @Test func cyrillicKeysAndLookAlikesReadAsTheLatinLetters() throws {
        // Shown as a) Shymkent b) Astana c) Almaty.
        #expect(try ResponseInput.parse("а", question: choice, optionOrder: order) == .choice(2))  // looks like a
        #expect(try ResponseInput.parse("С", question: choice, optionOrder: order) == .choice(1))  // looks like C, and the c key
        #expect(try ResponseInput.parse("ф", question: choice, optionOrder: order) == .choice(2))  // the a key
        #expect(try ResponseInput.parse("и", question: choice, optionOrder: order) == .choice(0))  // the b key
        #expect(reason("в", choice, order) == "type one letter from a to c")  // the d key: no option d
        let four = Question(id: "c", pool: "p", language: .kk, text: "?", answer: .choice((0..<4).map { Choice(text: "\($0)", credit: $0 == 0 ? 100 : 0) }))
        #expect(try ResponseInput.parse("в", question: four, optionOrder: [0, 1, 2, 3]) == .choice(3))
        let multi = Question(id: "m", pool: "p", language: .kk, text: "?", answer: .multi([Choice(text: "x", credit: 50), Choice(text: "y", credit: 50), Choice(text: "z", credit: -100)]))
        #expect(try ResponseInput.parse("а с", question: multi, optionOrder: [0, 1, 2]) == .multi([0, 2]))
        let tf = Question(id: "t", pool: "p", language: .ru, text: "?", answer: .truefalse(TrueFalseKey(answer: true)))
        #expect(try ResponseInput.parse("е", question: tf, optionOrder: []) == .truefalse(true))  // the t key
        #expect(try ResponseInput.parse("а", question: tf, optionOrder: []) == .truefalse(false))  // the f key
        #expect(try ResponseInput.parse("дұрыс емес", question: tf, optionOrder: []) == .truefalse(false))
        let matching = Question(id: "x", pool: "p", language: .kk, text: "?", answer: .matching([MatchPair(prompt: "cat", answer: "meow"), MatchPair(prompt: "dog", answer: "woof")]))
        #expect(try ResponseInput.parse("и а", question: matching, optionOrder: [0, 1]) == .matching([1, 0]))
        #expect(ResponseInput.read("z", question: choice, optionOrder: order) == .failure(.oneLetter(last: "c")))
    }
}

