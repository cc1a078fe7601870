import Enrollment
import Foundation

/// "Did you mean ...?" for the universities of a roster, each distinct name worked out once and
/// shared by the checking threads.
final class UniversitySuggestions: @unchecked Sendable {
    private let names: InstitutionNames
    private let lock = NSLock()
    private var known: [String: [String]] = [:]

    init(_ names: InstitutionNames) {
        self.names = names
    }

    /// The store's names close to `name`; [] when the store has it or nothing is close.
    func suggestions(for name: String) -> [String] {
        if names.names.isEmpty { return [] }
        lock.lock()
        if let found = known[name] {
            lock.unlock()
            return found
        }
        lock.unlock()
        let found = names.suggestions(for: name)
        lock.lock()
        known[name] = found
        lock.unlock()
        return found
    }
}
