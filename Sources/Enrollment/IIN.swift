/// A Kazakhstan individual identification number (ЖСН/ИИН): 12 digits, kept as text so that
/// leading zeros survive. Digits 1–6 are the birth date YYMMDD, the 7th gives century and sex,
/// the 12th is a check digit (weighted mod 11, two passes).
package struct IIN: Hashable, Sendable, Comparable, CustomStringConvertible {
    package let digits: String

    /// Why a value is not an IIN.
    package enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case missing
        case notDigits(String)
        case wrongLength(String)
        case badCentury(String)
        case badDate(String)
        case neverIssued(String)
        /// The 12th digit does not match the other eleven. Deliberately no "should be": a digit
        /// that makes the check pass may well be someone else's IIN.
        case badCheckDigit(String)
        /// Excel showed the number in scientific notation (`4.20101E+11`): the digits are gone.
        case scientificNotation(String)
        /// 9 to 11 digits (Excel drops leading zeros of IINs born 2000–2009) that no padding makes valid.
        case lostLeadingZeros(String)
        /// Spaces inside the digits (names the kinds: `U+00A0` ...) that removing does not make valid.
        case spaces(String, kinds: [SpaceKind])

        package var description: String {
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
            case .badCheckDigit(let value):
                return "IIN \(value) is not valid: its check digit does not match; check it against the person's ID card"
            case .scientificNotation(let value):
                return "IIN '\(value)' is in Excel's scientific notation: its last digits are lost; format the IIN column as Text in Excel and export the file again"
            case .lostLeadingZeros(let value):
                return "IIN \(value) has \(value.count) digits and is not valid with its leading zeros restored either: Excel drops leading zeros when the column is a number; format it as Text and check the IIN against the person's ID card"
            case .spaces(let value, let kinds):
                return "IIN '\(value)' contains \(kinds.map(\.name).joined(separator: ", ")) between its digits and is not valid without them; check it against the person's ID card"
            }
        }
    }

    /// A space that can hide inside a copied IIN.
    package enum SpaceKind: String, Equatable, Sendable, Codable {
        case space, tab
        case noBreak = "U+00A0"
        case narrowNoBreak = "U+202F"
        case other

        init(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0x20: self = .space
            case 0x09: self = .tab
            case 0xA0: self = .noBreak
            case 0x202F: self = .narrowNoBreak
            default: self = .other
            }
        }

        /// In English, for the domain's own descriptions.
        package var name: String {
            switch self {
            case .space: return "a space"
            case .tab: return "a tab"
            case .noBreak: return "a no-break space (U+00A0)"
            case .narrowNoBreak: return "a narrow no-break space (U+202F)"
            case .other: return "a Unicode space"
            }
        }
    }

    /// What reading a roster value repaired to get a valid IIN.
    package enum Repair: Equatable, Sendable {
        /// `zeros` leading zeros restored to the value as given (9 to 11 digits).
        case leadingZeros(given: String, zeros: Int)
        /// Spaces between the digits removed.
        case spaces(given: String, kinds: [SpaceKind])
    }

    /// The result of reading an IIN from a file: the IIN, and what was repaired to get it.
    package struct Reading: Equatable, Sendable {
        package let iin: IIN
        package let repair: Repair?

        package init(iin: IIN, repair: Repair?) {
            self.iin = iin
            self.repair = repair
        }

        /// True when leading zeros (Excel drops them) were restored.
        package var restoredLeadingZero: Bool {
            if case .leadingZeros = repair { return true }
            return false
        }
    }

    /// Validates exactly 12 digits.
    package init(_ text: String) throws(Problem) {
        let value = text.trimmingSpaces
        try IIN.validate(value)
        digits = value
    }

    private init(validated: String) {
        digits = validated
    }

    /// Reads a value as found in a roster. Repairs, when exactly one IIN can be meant:
    /// 9 to 11 digits that are valid with their leading zeros restored (Excel drops them for people
    /// born 2000–2009), and spaces between the digits (a no-break space copied from a document or
    /// Excel's number format) when the digits alone are valid. Otherwise the problem names the
    /// likely cause: scientific notation, lost zeros, spaces.
    package static func read(_ text: String) throws(Problem) -> Reading {
        let value = text.trimmingSpaces
        if isScientific(value) { throw .scientificNotation(value) }
        let spaceScalars = value.unicodeScalars.filter { FieldScan.isSpace($0.value) }
        if !spaceScalars.isEmpty {
            var kinds: [SpaceKind] = []
            for scalar in spaceScalars where !kinds.contains(SpaceKind(scalar)) { kinds.append(SpaceKind(scalar)) }
            let joined = String(String.UnicodeScalarView(value.unicodeScalars.filter { !FieldScan.isSpace($0.value) }))
            guard joined.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let reading = try? read(joined) else {
                throw .spaces(value, kinds: kinds)
            }
            return Reading(iin: reading.iin, repair: .spaces(given: value, kinds: kinds))
        }
        let count = value.utf8.count
        if (9...11).contains(count), value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            let padded = String(repeating: "0", count: 12 - count) + value
            guard (try? validate(padded)) != nil else { throw .lostLeadingZeros(value) }
            return Reading(iin: IIN(validated: padded), repair: .leadingZeros(given: value, zeros: 12 - count))
        }
        try validate(value)
        return Reading(iin: IIN(validated: value), repair: nil)
    }

    /// `4.20101E+11`, `4,20101E+11`, `4.2E11`: how Excel shows a long number it reads as a number.
    static func isScientific(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard let e = bytes.firstIndex(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }), e > 0 else { return false }
        let mantissa = bytes[..<e], exponent = bytes[(e + 1)...]
        let isDigit: (UInt8) -> Bool = { $0 >= 48 && $0 <= 57 }
        guard mantissa.contains(where: isDigit), mantissa.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }) else { return false }
        let digits = exponent.first == UInt8(ascii: "+") ? exponent.dropFirst() : exponent[...]
        return !digits.isEmpty && digits.allSatisfy(isDigit)
    }

    /// `read(_:)` of a field's UTF-8 bytes: twelve digits with a valid check are taken as they
    /// are (no trimming, no `String` but the IIN's own); anything else goes through `read(_:)`.
    package static func read(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(Problem) -> Reading {
        if bytes.count == 12, check(bytes) == nil {
            return Reading(iin: IIN(validated: String(decoding: bytes, as: UTF8.self)), repair: nil)
        }
        return try read(String(decoding: bytes, as: UTF8.self))
    }

    /// The IIN as a number (an IIN's 12 digits fit a UInt64), for hashing without a `String`.
    package var number: UInt64 {
        digits.utf8.reduce(0) { $0 &* 10 &+ UInt64($1 &- 48) }
    }

    package var description: String { digits }

    package static func < (lhs: IIN, rhs: IIN) -> Bool { lhs.digits < rhs.digits }

    /// The check digit for the first 11 digits, or nil when both passes give 10.
    package static func checkDigit(_ first11: [Int]) -> Int? {
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
        case .badCheckDigit: throw .badCheckDigit(value)
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
