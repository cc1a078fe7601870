import Courses

/// One question of an attempt as the learner sees it: the question in the attempt's language,
/// its options in the order shown, and the response given so far.
package struct SheetItem: Sendable, Equatable {
    package let position: Int
    package let question: Question
    package let optionOrder: [Int]
    package var response: Response?
    /// Flagged by the learner for review (`:f`).
    package var flagged: Bool

    package init(position: Int, question: Question, optionOrder: [Int], response: Response?, flagged: Bool = false) {
        self.position = position
        self.question = question
        self.optionOrder = optionOrder
        self.response = response
        self.flagged = flagged
    }

    /// The options in the order shown (for matching: the answers to choose from).
    package var shownOptions: [String] {
        optionOrder.map { question.options[$0] }
    }

    /// The response as typed in the terminal: letters in the shown order, t/f, the text or number.
    package var typedResponse: String? {
        guard let response else { return nil }
        func letter(_ source: Int) -> String {
            optionOrder.firstIndex(of: source).map(ResponseInput.letter) ?? "?"
        }
        switch response {
        case .choice(let index): return letter(index)
        case .multi(let indexes): return indexes.map(letter).sorted().joined(separator: " ")
        case .truefalse(let value): return value ? "t" : "f"
        case .short(let text): return text
        case .numeric(let number): return Question.format(number)
        case .matching(let indexes): return indexes.map(letter).joined(separator: " ")
        }
    }
}
