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

/// Issue 13, case 7: what learners really type for a right answer scores, per language.
@Suite struct FairShortAnswerTests {
    @Test func kazakhLatinLookAlikesTrailingPunctuationAndCompatibilityForms() {
        let bias = ShortAnswer(text: "біржақтылық")
        #expect(bias.accepts("бiржақтылық", language: .kk))  // a Latin i, as typed without a Kazakh layout
        #expect(bias.accepts("БIРЖАҚТЫЛЫҚ.", language: .kk))
        #expect(ShortAnswer(text: "промпт").accepts("промпт.", language: .kk))
        #expect(ShortAnswer(text: "промпт").accepts("«промпт»", language: .kk))
        #expect(ShortAnswer(text: "промпт").accepts("прoмпт", language: .kk))  // a Latin o
        #expect(ShortAnswer(text: "әділдік").accepts("əділдік", language: .kk))  // Latin schwa
        #expect(ShortAnswer(text: "һ").accepts("h", language: .kk) == false)  // one Latin letter alone is Latin
        #expect(ShortAnswer(text: "жасанды интеллект").accepts("жасанды\u{00A0}интеллект!", language: .kk))
        #expect(ShortAnswer(text: "жасанды интеллект").accepts("ｊасанды интеллект", language: .kk) == false)
        #expect(!bias.accepts("біржақты", language: .kk))
    }

    @Test func russianYoHyphensAndLookAlikes() {
        #expect(ShortAnswer(text: "дипфейк").accepts("дип-фейк", language: .ru))
        #expect(ShortAnswer(text: "дипфейк").accepts("Дипфейк.", language: .ru))
        #expect(ShortAnswer(text: "обучение с учителем").accepts("обучение c учителем", language: .ru))  // a Latin c
        #expect(ShortAnswer(text: "ещё").accepts("еще", language: .ru))
        #expect(ShortAnswer(text: "НЕЙРОСЕТЬ").accepts("HEЙPOCETЬ", language: .ru))  // capitals typed on a Latin layout
        #expect(!ShortAnswer(text: "нейросеть").accepts("нейросети", language: .ru))
    }

    @Test func englishHyphensTrailingPunctuationAndStrayCyrillic() {
        #expect(ShortAnswer(text: "deepfake").accepts("deep-fake", language: .en))
        #expect(ShortAnswer(text: "deepfake").accepts("Deep – fake", language: .en))
        #expect(ShortAnswer(text: "Turing test").accepts("Turing test.", language: .en))
        #expect(ShortAnswer(text: "Turing test").accepts("Тuring test", language: .en))  // a Cyrillic Т
        #expect(ShortAnswer(text: "Turing test").accepts("ＴＵＲＩＮＧ ｔｅｓｔ", language: .en))  // full-width
        #expect(!ShortAnswer(text: "Turing test").accepts("Turing", language: .en))
        #expect(!ShortAnswer(text: "turing test").accepts("turingtest", language: .en))
    }
}

extension FairShortAnswerTests {
    @Test func aWordOfTwinsFollowsTheAnswersScript() {
        #expect(ShortAnswer(text: "Turing test").accepts("Turing теsт", language: .en))  // т and е have Latin twins
        #expect(ShortAnswer(text: "big data").accepts("big dата", language: .en))
        #expect(ShortAnswer(text: "AI Act").accepts("AI Асt", language: .en))
        #expect(ShortAnswer(text: "ЕО").accepts("EO", language: .ru) == false)  // one word, all Latin: the answer's script
    }
}
