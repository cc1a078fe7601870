/// Why one field of a learner is not acceptable; the message names the field and the value.
package enum FieldProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case iin(IIN.Problem)
    case missing(field: String)
    case tooLong(field: String, limit: Int)
    case controlCharacter(field: String)
    case lostLetters(field: String, value: String)
    case badEmail(String)
    case badLocale(String)

    package var description: String {
        switch self {
        case .iin(let problem):
            return problem.description
        case .missing(let field):
            return "\(field) is missing"
        case .tooLong(let field, let limit):
            return "\(field) is longer than \(limit) characters"
        case .controlCharacter(let field):
            return "\(field) contains a control or invisible formatting character"
        case .lostLetters(let field, let value):
            return "\(field) '\(value)' contains '?': letters were lost in a non-Unicode export; re-export the file as CSV UTF-8"
        case .badEmail(let value):
            return "email '\(value)' is not a valid address"
        case .badLocale(let value):
            return "language '\(value)' is not one of kk, ru, en"
        }
    }
}
