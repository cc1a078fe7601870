/// The field separators roster files use: `,` (RFC 4180), `;` (Excel in Russian and Kazakh
/// locales), tab (copied from a spreadsheet).
package enum Delimiter: String, Sendable, Codable, CaseIterable {
    case comma = ","
    case semicolon = ";"
    case tab

    package var byte: UInt8 {
        switch self {
        case .comma: return UInt8(ascii: ",")
        case .semicolon: return UInt8(ascii: ";")
        case .tab: return UInt8(ascii: "\t")
        }
    }

    /// Parses the `--delimiter` value: `,`, `;`, `tab` (or a literal tab).
    package init?(option: String) {
        switch option {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "tab", "\t", "\\t": self = .tab
        default: return nil
        }
    }

    /// Picks the delimiter that occurs most often outside quotes on the header line; comma on a tie.
    package static func detect(headerLine bytes: some Sequence<UInt8>) -> Delimiter {
        var counts: [Delimiter: Int] = [:]
        var inQuotes = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            for candidate in Delimiter.allCases where candidate.byte == byte {
                counts[candidate, default: 0] += 1
            }
        }
        return [Delimiter.comma, .semicolon, .tab].max { counts[$0, default: 0] < counts[$1, default: 0] } ?? .comma
    }
}
