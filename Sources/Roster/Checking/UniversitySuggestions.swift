import Enrollment
import Synchronization

/// "Did you mean ...?" for the universities of a roster, each distinct name worked out once and
/// shared by the checking threads.
final class UniversitySuggestions: Sendable {
    private let names: InstitutionNames
    private let known = Mutex<[String: [String]]>([:])

    init(_ names: InstitutionNames) {
        self.names = names
    }

    /// The store's names close to `name`; [] when the store has it or nothing is close.
    func suggestions(for name: String) -> [String] {
        if names.names.isEmpty { return [] }
        if let found = known.withLock({ $0[name] }) { return found }
        let found = names.suggestions(for: name)
        known.withLock { $0[name] = found }
        return found
    }
}
