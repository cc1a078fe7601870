/// A question read from a GIFT file, with the line its block starts on (for diagnostics).
public struct GIFTEntry: Sendable, Equatable {
    public var question: Question
    public var line: Int

    public init(question: Question, line: Int) {
        self.question = question
        self.line = line
    }
}
