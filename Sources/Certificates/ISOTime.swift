import Foundation
import SanaStore

/// Whole-second UTC instants as credentials write them (`2026-11-21T10:00:00Z`) and as the store does.
public enum ISOTime {
    /// Seconds since 1970, rounded down.
    public static func seconds(_ date: Date) -> Int64 {
        Int64(date.timeIntervalSince1970.rounded(.down))
    }

    public static func string(seconds: Int64) -> String {
        let text = Timestamp.string(from: Date(timeIntervalSince1970: Double(seconds)))
        return text.prefix(10) + "T" + text.dropFirst(11).prefix(8) + "Z"
    }

    /// The store's text for a whole second.
    public static func storeString(seconds: Int64) -> String {
        Timestamp.string(from: Date(timeIntervalSince1970: Double(seconds)))
    }

    /// Parses the store's text or ISO 8601 (with `Z`, or no zone meaning UTC), to whole seconds.
    public static func parse(_ text: String) -> Int64? {
        if let fast = parseCompact(text) { return fast }
        guard let date = Timestamp.date(from: text) else { return nil }
        return seconds(date)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` exactly, without Foundation: what credentials carry.
    private static func parseCompact(_ text: String) -> Int64? {
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
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        var parts = tm()
        parts.tm_year = year - 1900
        parts.tm_mon = month - 1
        parts.tm_mday = day
        parts.tm_hour = hour
        parts.tm_min = minute
        parts.tm_sec = second
        return Int64(timegm(&parts))
    }
}
