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

    /// `read(_:)` of a field's UTF-8 bytes: twelve digits with a valid check are taken as they
    /// are (no trimming, no `String` but the IIN's own); anything else goes through `read(_:)`.
    public static func read(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(Problem) -> Reading {
        if bytes.count == 12, check(bytes) == nil {
            return Reading(iin: IIN(validated: String(decoding: bytes, as: UTF8.self)), restoredLeadingZero: false)
        }
        return try read(String(decoding: bytes, as: UTF8.self))
    }

    /// The IIN as a number (an IIN's 12 digits fit a UInt64), for hashing without a `String`.
    public var number: UInt64 {
        digits.utf8.reduce(0) { $0 &* 10 &+ UInt64($1 &- 48) }
    }

    public var description: String { digits }

    public static func < (lhs: IIN, rhs: IIN) -> Bool { lhs.digits < rhs.digits }

    /// The check digit for the first 11 digits, or nil when both passes give 10.
    public static func checkDigit(_ first11: [Int]) -> Int? {
        precondition(first11.count == 11)
        return checkDigit { first11[$0] }
    }

    /// The check digit of the 11 digits `digit(0)`...`digit(10)`: weights 1–11, then 3–11, 1, 2.
    private static func checkDigit(_ digit: (Int) -> Int) -> Int? {
        var firstPass = 0
        for index in 0..<11 { firstPass += digit(index) * (index + 1) }
        firstPass %= 11
        if firstPass != 10 { return firstPass }
        var secondPass = 0
        for index in 0..<11 { secondPass += digit(index) * ((index + 2) % 11 + 1) }
        secondPass %= 11
        return secondPass == 10 ? nil : secondPass
    }

    private static func validate(_ value: String) throws(Problem) {
        if value.isEmpty { throw .missing }
        var text = value
        guard let failure = text.withUTF8({ check($0) }) else { return }
        switch failure {
        case .notDigits: throw .notDigits(value)
        case .wrongLength: throw .wrongLength(value)
        case .badCentury: throw .badCentury(value)
        case .badDate: throw .badDate(value)
        case .neverIssued: throw .neverIssued(value)
        case .badCheckDigit(let expected): throw .badCheckDigit(value, expected: expected)
        }
    }

    /// Why a non-empty value's bytes are not an IIN, in the order the rules are checked; nil when it is one.
    private enum Failure: Equatable {
        case notDigits, wrongLength, badCentury, badDate, neverIssued, badCheckDigit(expected: Int)
    }

    private static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Failure? {
        guard bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return .notDigits }
        guard bytes.count == 12 else { return .wrongLength }
        func d(_ index: Int) -> Int { Int(bytes[index]) - 48 }
        let centuryDigit = d(6)
        guard (1...6).contains(centuryDigit) else { return .badCentury }
        let century = 1800 + 100 * ((centuryDigit - 1) / 2)
        let year = century + d(0) * 10 + d(1)
        let month = d(2) * 10 + d(3)
        let day = d(4) * 10 + d(5)
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return .badDate }
        guard let check = checkDigit(d) else { return .neverIssued }
        guard check == d(11) else { return .badCheckDigit(expected: check) }
        return nil
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
