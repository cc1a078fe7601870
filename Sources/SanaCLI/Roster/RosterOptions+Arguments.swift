import ArgumentParser
import Roster
import SanaCSV

/// `--encoding`: auto (decided from the file) or a forced encoding.
enum EncodingOption: ExpressibleByArgument, CaseIterable, Equatable {
    case auto
    case forced(TextEncoding)

    static var allCases: [EncodingOption] { [.auto] + TextEncoding.forceable.map { .forced($0) } }

    init?(argument: String) {
        let value = argument.lowercased()
        if value == "auto" {
            self = .auto
        } else if let encoding = TextEncoding.forceable.first(where: { $0.rawValue == value }) {
            self = .forced(encoding)
        } else {
            return nil
        }
    }

    var defaultValueDescription: String { name }
    static var allValueStrings: [String] { allCases.map(\.name) }

    var name: String {
        switch self {
        case .auto: return "auto"
        case .forced(let encoding): return encoding.rawValue
        }
    }

    var encoding: TextEncoding? {
        if case .forced(let encoding) = self { return encoding }
        return nil
    }
}

/// `--delimiter`: auto (detected from the header line), `,`, `;` or tab.
enum DelimiterOption: ExpressibleByArgument, CaseIterable, Equatable {
    case auto
    case forced(Delimiter)

    static var allCases: [DelimiterOption] { [.auto] + Delimiter.allCases.map { .forced($0) } }

    init?(argument: String) {
        if argument == "auto" {
            self = .auto
        } else if let delimiter = Delimiter(option: argument) {
            self = .forced(delimiter)
        } else {
            return nil
        }
    }

    var defaultValueDescription: String { "auto" }
    static var allValueStrings: [String] { ["auto", ",", ";", "tab"] }

    var delimiter: Delimiter? {
        if case .forced(let delimiter) = self { return delimiter }
        return nil
    }
}

extension RosterFormat: ExpressibleByArgument {}
