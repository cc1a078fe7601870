/// One message in one language: a text, or one text per plural category. Texts hold named
/// placeholders such as `{count}` and `{time}`.
enum MessageForm: ExpressibleByStringLiteral, Sendable {
    case plain(String)
    case plural([PluralCategory: String])

    init(stringLiteral value: String) {
        self = .plain(value)
    }

    /// Kazakh and English: one and other.
    static func plural(one: String, other: String) -> MessageForm {
        .plural([.one: one, .other: other])
    }

    /// Russian: one, few, many and other.
    static func plural(one: String, few: String, many: String, other: String) -> MessageForm {
        .plural([.one: one, .few: few, .many: many, .other: other])
    }

    /// Every text of the form.
    var texts: [String] {
        switch self {
        case .plain(let text): return [text]
        case .plural(let forms): return PluralCategory.allCases.compactMap { forms[$0] }
        }
    }
}
