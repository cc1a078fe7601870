/// A language a course is offered in: Kazakh, Russian or English (the store's `lang` values).
package enum Language: String, Codable, Sendable, CaseIterable, Comparable, CodingKeyRepresentable {
    case kk, ru, en

    package static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The language's own name, for menus and headings.
    package var name: String {
        switch self {
        case .kk: return "Қазақша"
        case .ru: return "Русский"
        case .en: return "English"
        }
    }
}
