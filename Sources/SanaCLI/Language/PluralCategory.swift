import Courses

/// CLDR plural categories (https://cldr.unicode.org, "Language Plural Rules") for the counts the
/// learner's screen shows, which are whole numbers.
enum PluralCategory: String, CaseIterable, Sendable {
    case one, few, many, other

    /// The categories a language distinguishes: every plural message needs a form for each.
    static func required(in language: Language) -> Set<PluralCategory> {
        switch language {
        case .ru: return [.one, .few, .many, .other]
        case .kk, .en: return [.one, .other]
        }
    }

    /// The category of a whole number. Russian: one for 1, 21, 101 (not 11); few for 2–4, 22–24
    /// (not 12–14); many for 0, 5–20, 25–30, ...; `other` is for fractions. Kazakh and English:
    /// one for 1, other for the rest.
    static func of(_ number: Int, in language: Language) -> PluralCategory {
        let n = number.magnitude
        switch language {
        case .ru:
            let (mod10, mod100) = (n % 10, n % 100)
            if mod10 == 1 && mod100 != 11 { return .one }
            if (2...4).contains(mod10) && !(12...14).contains(mod100) { return .few }
            return .many
        case .kk, .en:
            return n == 1 ? .one : .other
        }
    }
}
