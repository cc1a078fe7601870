/// A Kazakhstan individual identification number (ЖСН/ИИН): 12 digits, kept as text so that
/// leading zeros survive. Digits 1–6 are the birth date YYMMDD, the 7th gives century and sex,
/// the 12th is a check digit (weighted mod 11, two passes).
public struct IIN: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let digits: String

    /// Why a value is not an IIN.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case missing
        case notDigits(String)
        case wrongLength(String)
        case badCentury(String)
        case badDate(String)
        case neverIssued(String)
        case badCheckDigit(String, expected: Int)

        public var description: String {
            switch self {
            case .missing:
                return "IIN is missing"
            case .notDigits(let value):
                return "IIN '\(value)' must be 12 digits"
            case .wrongLength(let value):
                return "IIN \(value) must be 12 digits, not \(value.count)"
            case .badCentury(let value):
                let digit = value[value.index(value.startIndex, offsetBy: 6)]
                return "IIN \(value) has 7th digit \(digit): it must be 1 to 6 (century and sex)"
            case .badDate(let value):
                return "IIN \(value) does not start with a real birth date (YYMMDD \(value.prefix(6)))"
            case .neverIssued(let value):
                return "IIN \(value) can never be issued: its check digit is undefined"
            case .badCheckDigit(let value, let expected):
                return "IIN \(value) fails its check digit (the 12th digit should be \(expected))"
            }
        }
    }

    /// The result of reading an IIN from a file: the IIN, and whether a leading zero was restored.
    public struct Reading: Equatable, Sendable {
        public let iin: IIN
        /// True when the value had 11 digits and is valid with a leading 0 (Excel drops it).
        public let restoredLeadingZero: Bool
    }

    /// Validates exactly 12 digits.
    public init(_ text: String) throws(Problem) {
        let value = text.trimmingSpaces
        try IIN.validate(value)
        digits = value
    }

    private init(validated: String) {
        digits = validated
    }

    /// Reads a value as found in a roster: an 11-digit value that is valid with a leading 0 is repaired.
    public static func read(_ text: String) throws(Problem) -> Reading {
        let value = text.trimmingSpaces
        if value.utf8.count == 11, value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            let padded = "0" + value
            if (try? validate(padded)) != nil {
                return Reading(iin: IIN(validated: padded), restoredLeadingZero: true)
            }
        }
        try validate(value)
        return Reading(iin: IIN(validated: value), restoredLeadingZero: false)
    }

    public var description: String { digits }

    public static func < (lhs: IIN, rhs: IIN) -> Bool { lhs.digits < rhs.digits }

    /// The check digit for the first 11 digits, or nil when both passes give 10.
    public static func checkDigit(_ first11: [Int]) -> Int? {
        precondition(first11.count == 11)
        let firstPass = zip(first11, 1...11).reduce(0) { $0 + $1.0 * $1.1 } % 11
        if firstPass != 10 { return firstPass }
        let weights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        let secondPass = zip(first11, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
        return secondPass == 10 ? nil : secondPass
    }

    private static func validate(_ value: String) throws(Problem) {
        if value.isEmpty { throw .missing }
        let bytes = Array(value.utf8)
        guard bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { throw .notDigits(value) }
        guard bytes.count == 12 else { throw .wrongLength(value) }
        let d = bytes.map { Int($0) - 48 }
        let centuryDigit = d[6]
        guard (1...6).contains(centuryDigit) else { throw .badCentury(value) }
        let century = [1800, 1900, 2000][(centuryDigit - 1) / 2]
        let year = century + d[0] * 10 + d[1]
        let month = d[2] * 10 + d[3]
        let day = d[4] * 10 + d[5]
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { throw .badDate(value) }
        guard let check = checkDigit(Array(d.prefix(11))) else { throw .neverIssued(value) }
        guard check == d[11] else { throw .badCheckDigit(value, expected: check) }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
