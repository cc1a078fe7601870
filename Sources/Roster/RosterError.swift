import SanaStore

/// What can go wrong in Roster; each case names the values involved.
public enum RosterError: SanaError, Equatable {
    case notImplemented(String)

    public var description: String {
        switch self {
        case .notImplemented(let what):
            return "\(what) is not available yet"
        }
    }
}
