import Foundation

/// The store's university names, for "did you mean ...?": the closest existing names to one the
/// store does not have, compared case-insensitively, Cyrillic-aware (ё as е, the Kazakh letters
/// as their nearest Russian ones, Latin look-alikes as Cyrillic), ignoring punctuation and spacing.
package struct InstitutionNames: Sendable {
    package let names: [String]
    private let keys: Set<String>
    private let folded: [[Unicode.Scalar]]

    package init(_ names: [String]) {
        self.names = names
        keys = Set(names.map(LearnerFields.key))
        folded = names.map(InstitutionNames.fold)
    }

    /// Whether the store has a university of this name (as `Institution.findOrCreate` matches names).
    package func contains(_ name: String) -> Bool {
        keys.contains(LearnerFields.key(name))
    }

    /// Up to `limit` existing names close to `name`, closest first; [] when it is one of them or
    /// none is close (an edit distance within a quarter of the longer name, at least 2, or one
    /// name containing the other).
    package func suggestions(for name: String, limit: Int = 3) -> [String] {
        guard !contains(name) else { return [] }
        let wanted = InstitutionNames.fold(name)
        guard !wanted.isEmpty else { return [] }
        var scored: [(distance: Int, index: Int)] = []
        for (index, candidate) in folded.enumerated() where !candidate.isEmpty {
            let longer = max(candidate.count, wanted.count)
            let distance = InstitutionNames.distance(wanted, candidate)
            let contained = InstitutionNames.contains(candidate, wanted) || InstitutionNames.contains(wanted, candidate)
            if distance <= max(2, longer / 4) || (contained && min(candidate.count, wanted.count) >= 3) {
                scored.append((contained ? min(distance, 1) : distance, index))
            }
        }
        return scored.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }.prefix(limit).map { names[$0.index] }
    }

    /// Lower-cased letters and digits only, folded to compare across spellings.
    static func fold(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for scalar in LearnerFields.normalized(text).lowercased().unicodeScalars {
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else { continue }
            out.append(folding[scalar] ?? scalar)
        }
        return out
    }

    private static let folding: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, String)] = [
            ("ё", "е"), ("ә", "а"), ("і", "и"), ("ң", "н"), ("ғ", "г"), ("ү", "у"), ("ұ", "у"), ("қ", "к"), ("ө", "о"),
            ("һ", "х"), ("й", "и"),
            // Latin letters that look Cyrillic, as typed on the wrong layout.
            ("a", "а"), ("e", "е"), ("o", "о"), ("p", "р"), ("c", "с"), ("x", "х"), ("y", "у"), ("k", "к"), ("m", "м"),
            ("t", "т"), ("h", "н"), ("b", "в"),
        ]
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (from, to) in pairs { map[from.unicodeScalars.first!] = to.unicodeScalars.first! }
        return map
    }()

    private static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        if needle.isEmpty { return true }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// Levenshtein distance.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
