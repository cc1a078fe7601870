import Courses
import Testing

@Suite struct ShortAnswerFoldingTests {
    @Test func caseAndWhitespaceFold() {
        #expect(ShortAnswer.fold("Жасанды  Интеллект") == "жасанды интеллект")
        #expect(ShortAnswer(text: "жасанды интеллект").accepts("  Жасанды\tИНТЕЛЛЕКТ \n"))
        #expect(ShortAnswer.fold("  Turing   TEST ") == "turing test")
    }

    @Test func kazakhLettersFoldLikeAnyOther() {
        #expect(ShortAnswer.fold("ӘЛІПБИ ҰЛТТЫҚ ҚҰНДЫЛЫҚ ҒЫЛЫМ ҮЙ ӨНЕР Һ") == "әліпби ұлттық құндылық ғылым үй өнер һ")
    }

    @Test func precomposedAndDecomposedFormsMatch() {
        // "й" as one code point and as "и" + combining breve
        #expect(ShortAnswer(text: "ми\u{0306}").accepts("мй"))
        #expect(ShortAnswer.fold("Cafe\u{0301}") == "café")
    }

    @Test func fullCaseFolding() {
        #expect(ShortAnswer(text: "strasse").accepts("STRAßE"))
        #expect(ShortAnswer.fold("ΣΊΣΥΦΟΣ") == ShortAnswer.fold("σίσυφος"))
    }

    @Test func differentWordsDoNotMatch() {
        #expect(!ShortAnswer(text: "Astana").accepts("Almaty"))
        #expect(!ShortAnswer(text: "turing test").accepts("turingtest"))
    }
}
