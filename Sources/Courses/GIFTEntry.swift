/// A question read from a GIFT file, with the line its block starts on (for diagnostics).
package struct GIFTEntry: Sendable, Equatable {
    package var question: Question
    package var line: Int

    package init(question: Question, line: Int) {
        self.question = question
        self.line = line
    }
}
