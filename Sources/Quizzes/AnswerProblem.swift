/// Why a typed answer was not accepted, so that the terminal can say it in the learner's
/// language; `description` is the English sentence answers files are told.
package enum AnswerProblem: Error, Sendable, Equatable, CustomStringConvertible {
    case notUTF8
    /// One option letter, from `a` to `last`.
    case oneLetter(last: String)
    /// Several option letters, from `a` to `last`.
    case letters(last: String)
    case trueOrFalse
    case empty
    case controlCharacter
    case tooLong(max: Int)
    case number
    /// One letter (`a` to `last`) per item of a matching question, such as `example`.
    case matching(items: Int, last: String, example: String)

    package var description: String {
        switch self {
        case .notUTF8: return "the terminal sent text that is not UTF-8: set a UTF-8 locale (LANG=kk_KZ.UTF-8, ru_RU.UTF-8 or C.UTF-8)"
        case .oneLetter(let last): return "type one letter from a to \(last)"
        case .letters(let last): return "type the letters of every option you choose, from a to \(last), such as: a c"
        case .trueOrFalse: return "type t (true) or f (false)"
        case .empty: return "type your answer"
        case .controlCharacter: return "the answer contains a control character"
        case .tooLong(let max): return "the answer is longer than \(max) characters"
        case .number: return "type a number, such as 42 or 3.5"
        case .matching(let items, let last, let example): return "type one letter (a to \(last)) for each of the \(items) items in order, such as: \(example)"
        }
    }
}
