import SanaStore

/// What can go wrong in Quizzes; each case names the values involved.
public enum QuizzesError: SanaError, Equatable {
    case notImplemented(String)

    public var description: String {
        switch self {
        case .notImplemented(let what):
            return "\(what) is not available yet"
        }
    }
}
