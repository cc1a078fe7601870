import Foundation

/// Whole-second UTC instants, as credentials write them (`2026-11-21T10:00:00Z`) and as the store
/// does: the one time type every module reads and writes times with.
extension Timestamp {
    /// Seconds since 1970, rounded down.
    package static func seconds(_ date: Date) -> Int64 {
        Int64(date.timeIntervalSince1970.rounded(.down))
    }

    /// ISO 8601 in UTC, whole seconds: `2026-11-21T10:00:00Z`.
    package static func iso(seconds: Int64) -> String {
        let text = string(from: Date(timeIntervalSince1970: Double(seconds)))
        return text.prefix(10) + "T" + text.dropFirst(11).prefix(8) + "Z"
    }

    /// The store's text for a whole second.
    package static func string(seconds: Int64) -> String {
        string(from: Date(timeIntervalSince1970: Double(seconds)))
    }

    /// Parses the store's text or ISO 8601 (with `Z`, or no zone meaning UTC) to whole seconds; nil
    /// for anything else, impossible dates (31 February) included, whichever path reads them.
    package static func seconds(from text: String) -> Int64? {
        if let fast = compactSeconds(text) { return fast }
        return date(from: text).map(seconds)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` exactly, without Foundation: what credentials carry.
    private static func compactSeconds(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        guard b.count == 20, b[4] == 45, b[7] == 45, b[10] == 84, b[13] == 58, b[16] == 58, b[19] == 90 else { return nil }
        func number(_ from: Int, _ count: Int) -> Int32? {
            var value: Int32 = 0
            for byte in b[from..<from + count] {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int32(byte - 48)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour < 24, minute < 60, second < 61
        else { return nil }
        var parts = tm()
        parts.tm_year = year - 1900
        parts.tm_mon = month - 1
        parts.tm_mday = day
        parts.tm_hour = hour
        parts.tm_min = minute
        parts.tm_sec = second
        return Int64(timegm(&parts))
    }

    static func daysIn(month: Int32, year: Int32) -> Int32 {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
