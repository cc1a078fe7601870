@testable import SanaCLI
import Testing

/// The pieces of the learner's prompt (issue 13, cases 4 to 6): keys decoded from what terminals
/// send, the line edited over whole Kazakh letters, commands from a Cyrillic layout, and words
/// wrapped with a hanging indent in every script.
@Suite struct LineEditingTests {
    func keys(_ text: String, flush: Bool = false) -> [KeyInput] {
        var bytes = Array(text.utf8)
        return KeyInput.decode(&bytes, flush: flush)
    }

    @Test func arrowsHomeEndAndDeleteAreKeysNotText() {
        #expect(keys("аб\u{1B}[D\u{1B}[C\u{1B}[H\u{1B}[F\u{1B}[3~\u{1B}OD\u{1B}[1~\u{1B}[4~\r") == [
            .text("аб"), .left, .right, .home, .end, .delete, .left, .home, .end, .enter,
        ])
        // Lines typed ahead come one at a time: nothing after an Enter is lost.
        var ahead = Array("көп\rа\r:q\r".utf8)
        #expect(KeyInput.decode(&ahead) == [.text("көп"), .enter])
        #expect(KeyInput.decode(&ahead) == [.text("а"), .enter])
        #expect(KeyInput.decode(&ahead) == [.text(":q"), .enter])
        #expect(ahead.isEmpty)
        // Up, F5 and a paste bracket are swallowed whole: no "^[[A" in the answer.
        #expect(keys("\u{1B}[A\u{1B}[15~\u{1B}[200~x\u{1B}[201~") == [.text("x")])
        #expect(keys("\u{7F}\u{08}\u{15}\u{0B}\u{17}\u{04}\u{03}") == [.backspace, .backspace, .clearLine, .killToEnd, .deleteWordBack, .endOfInput, .interrupt])
    }

    @Test func anIncompleteSequenceOrLetterWaitsForTheRestOfIt() {
        var bytes: [UInt8] = [0xD2]  // the first half of "қ"
        #expect(KeyInput.decode(&bytes) == [])
        bytes += [0x9B]
        #expect(KeyInput.decode(&bytes) == [.text("қ")])
        var escape: [UInt8] = [0x1B, UInt8(ascii: "[")]
        #expect(KeyInput.decode(&escape) == [])
        #expect(escape.count == 2)
        escape += [UInt8(ascii: "D")]
        #expect(KeyInput.decode(&escape) == [.left])
        var broken: [UInt8] = [0xD2]
        #expect(KeyInput.decode(&broken, flush: true) == [.text("\u{FFFD}")])
    }

    @Test func editingWorksOnWholeKazakhLetters() {
        var line = LineBuffer()
        line.insert("Астанаә")
        line.backspace()
        #expect(line.text == "Астана")
        line.home()
        line.delete()
        line.insert("А")
        #expect(line.text == "Астана")
        // A letter typed as a base and a combining mark is one letter to erase.
        var decomposed = LineBuffer()
        decomposed.insert("ми")
        decomposed.insert("\u{0306}")
        #expect(decomposed.characters.count == 2)
        decomposed.backspace()
        #expect(decomposed.text == "м")
        var words = LineBuffer()
        words.insert("жасанды интеллект")
        words.deleteWordBack()
        #expect(words.text == "жасанды ")
        words.left()
        words.left()
        words.killToEnd()
        #expect(words.text == "жасанд")
    }

    @Test func commandsFromACyrillicLayout() {
        #expect(ExamCommand.parse(":т") == .next)
        #expect(ExamCommand.parse(":и") == .back)
        #expect(ExamCommand.parse(":п 5") == .go(5))
        #expect(ExamCommand.parse(":а") == .flag)
        #expect(ExamCommand.parse(":д") == .list)
        #expect(ExamCommand.parse(":р") == .help)
        #expect(ExamCommand.parse(":й") == .quit)
        #expect(ExamCommand.parse(":ы") == .submit)
        #expect(ExamCommand.parse(":Т") == .next)
        #expect(ExamCommand.parse(":3") == .go(3))
        #expect(ExamCommand.parse(":жоқ") == .unknown)
        #expect(ExamCommand.parse("а") == nil)
    }

    @Test func wordsWrapWithAHangingIndentInEveryScript() {
        let wrapper = WordWrapper(width: 24)
        #expect(wrapper.wrap("Жасанды интеллект деген не және ол қалай үйренеді?", first: "  a) ") == [
            "  a) Жасанды интеллект", "     деген не және ол", "     қалай үйренеді?",
        ])
        #expect(wrapper.wrap("Что такое искусственный интеллект?", first: "1. ✓ ") == ["1. ✓ Что такое", "     искусственный", "     интеллект?"])
        #expect(wrapper.wrap("What is artificial intelligence?") == ["What is artificial", "intelligence?"])
        // A word longer than a line is the only thing broken.
        #expect(wrapper.wrap("https://ai-sana.example.kz/verify/ok") == ["https://ai-sana.example.", "kz/verify/ok"])
        #expect(WordWrapper(width: 20).wrap("a\nb c", first: "- ") == ["- a", "  b c"])
    }
}
