import Courses
import Foundation
import SanaStore

/// The catalogues in one reader's language and time zone (a learner's or an admin's): fills a
/// message's placeholders, picks its plural form, and writes times (with the zone named),
/// percentages and lists as the language writes them.
struct Texts: Sendable {
    let language: Language
    let time: LocalTime

    init(language: Language, time: LocalTime) {
        self.language = language
        self.time = time
    }

    /// A learner's message without a count (`texts(.examTitle, ...)`).
    func callAsFunction(_ message: Message, _ values: [String: String] = [:]) -> String {
        Texts.fill(Texts.text(message, language: language, count: nil), values)
    }

    /// A learner's message in the plural form for `count`.
    func callAsFunction(_ message: Message, count: Int, _ values: [String: String] = [:]) -> String {
        self(message as any Catalogued, count: count, values)
    }

    /// A message of any catalogue without a count (`texts(RosterMessage.created, ...)`).
    func callAsFunction(_ message: any Catalogued, _ values: [String: String] = [:]) -> String {
        Texts.fill(Texts.text(message, language: language, count: nil), values)
    }

    /// A message in the plural form for `count`, which also fills `{count}`.
    func callAsFunction(_ message: any Catalogued, count: Int, _ values: [String: String] = [:]) -> String {
        var all = values
        all["count"] = String(count)
        return Texts.fill(Texts.text(message, language: language, count: count), all)
    }

    static func text(_ message: any Catalogued, language: Language, count: Int?) -> String {
        let form = message.forms[language] ?? message.forms[.en] ?? .plain("\(message)")
        switch form {
        case .plain(let text):
            return text
        case .plural(let forms):
            let category = PluralCategory.of(count ?? 0, in: language)
            return forms[category] ?? forms[.other] ?? forms.values.first ?? "\(message)"
        }
    }

    /// Replaces each `{name}` by its value; names without a value stay as they are.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        guard text.contains("{") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                out += value
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The names of a text's placeholders.
    static func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    // MARK: times, numbers, lists

    static let months: [Language: [String]] = [
        .kk: ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"],
        .ru: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    ]

    /// A store timestamp as a date and time in the learner's zone, the zone named:
    /// `2026 жылғы 7 желтоқсан, 14:32 (Asia/Almaty, UTC+5)`, `7 декабря 2026 г., 14:32 (...)`,
    /// `7 December 2026, 14:32 (...)`.
    func dateTime(_ stamp: String) -> String {
        guard let date = Timestamp.date(from: stamp) else { return String(stamp.prefix(16)) + " UTC" }
        return dateTime(date)
    }

    func dateTime(_ date: Date) -> String {
        let parts = time.components(date)
        let (year, month, day) = (parts.year ?? 0, parts.month ?? 1, parts.day ?? 1)
        let monthName = Texts.months[language]![max(0, min(11, month - 1))]
        let clock = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        let zone = time.label(at: date)
        switch language {
        case .kk: return "\(year) жылғы \(day) \(monthName), \(clock) \(zone)"
        case .ru: return "\(day) \(monthName) \(year) г., \(clock) \(zone)"
        case .en: return "\(day) \(monthName) \(year), \(clock) \(zone)"
        }
    }

    /// The time of day alone, `14:32`, for warnings within the hour.
    func clock(_ date: Date) -> String {
        let parts = time.components(date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// `81.48%` in English, `81,48%` in Kazakh and Russian; whole numbers without decimals.
    func percent(_ value: Double) -> String {
        let text = Texts.percentText(value)
        return language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    static func percentText(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return "\(Int(rounded))%" }
        return String(format: "%.2f", rounded).replacingOccurrences(of: #"0$"#, with: "", options: .regularExpression) + "%"
    }

    /// `3, 5, 7`.
    func list(_ numbers: [Int]) -> String {
        numbers.map(String.init).joined(separator: ", ")
    }

    /// Time left as a clock: `12:34`, `1:02:03`.
    static func duration(_ seconds: Int) -> String {
        let seconds = max(0, seconds)
        let (hours, minutes, rest) = (seconds / 3600, (seconds % 3600) / 60, seconds % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }

    /// True or false in words.
    func truth(_ value: Bool) -> String {
        self(value ? .trueWord : .falseWord)
    }
}
