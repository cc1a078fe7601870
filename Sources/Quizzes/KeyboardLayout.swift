/// What a learner on a Russian or Kazakh keyboard layout means by a Cyrillic letter where the
/// screen asks for a Latin one (an option letter, `t`/`f`, a command): the Latin letter on the same
/// key of the ЙЦУКЕН layout (both layouts share the letter keys), or the Latin letter it looks like.
/// `а` looks like `a` but sits on the `f` key: where both are possible, the look-alike wins, since
/// that is what the learner saw on the screen and typed.
package enum KeyboardLayout {
    /// The Latin letter on the same key (Russian ЙЦУКЕН; the Kazakh layout keeps these keys).
    package static let sameKey: [Character: Character] = [
        "й": "q", "ц": "w", "у": "e", "к": "r", "е": "t", "н": "y", "г": "u", "ш": "i", "щ": "o", "з": "p",
        "ф": "a", "ы": "s", "в": "d", "а": "f", "п": "g", "р": "h", "о": "j", "л": "k", "д": "l",
        "я": "z", "ч": "x", "с": "c", "м": "v", "и": "b", "т": "n", "ь": "m",
    ]

    /// The Latin letter a Cyrillic letter looks like (lowercase).
    package static let lookAlike: [Character: Character] = [
        "а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "і": "i", "к": "k",
    ]

    /// The Latin letter meant by `typed` (any case) when it must be one of `allowed`: the letter
    /// itself, else its look-alike, else the letter on its key; nil when none is allowed.
    package static func latin(_ typed: Character, allowed: (Character) -> Bool) -> Character? {
        let lower = Character(typed.lowercased())
        if lower.isASCII { return allowed(lower) ? lower : nil }
        if let look = lookAlike[lower], allowed(look) { return look }
        if let key = sameKey[lower], allowed(key) { return key }
        return nil
    }

    /// A command word typed on a Cyrillic layout, read key by key (`т` → `n`, `п` → `g`); other
    /// characters stay as they are.
    package static func commandWord(_ typed: String) -> String {
        String(typed.lowercased().map { sameKey[$0] ?? $0 })
    }
}
