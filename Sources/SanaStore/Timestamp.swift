import Foundation

/// The store's timestamp text: UTC `YYYY-MM-DD HH:MM:SS.SSS`, GRDB's format for `Date`,
/// so values written by raw statements and by records compare and decode alike.
public enum Timestamp {
    public static func string(from date: Date) -> String {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        var seconds = time_t(millis >= 0 ? millis / 1000 : (millis - 999) / 1000)
        let fraction = Int(millis - Int64(seconds) * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2)) "
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(fraction), 3))"
    }

    /// Parses the store's format, or an ISO 8601 instant (`2026-11-21T10:00:00Z`).
    public static func date(from text: String) -> Date? {
        var parts = tm()
        var rest = ""
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let scanner = trimmed.replacingOccurrences(of: "T", with: " ")
        let pieces = scanner.split(separator: " ", maxSplits: 1)
        guard pieces.count == 2 else { return nil }
        let day = pieces[0].split(separator: "-").compactMap { Int32($0) }
        var clock = String(pieces[1])
        if clock.hasSuffix("Z") { clock.removeLast() }
        let timeAndFraction = clock.split(separator: ".", maxSplits: 1)
        let time = timeAndFraction[0].split(separator: ":").compactMap { Int32($0) }
        rest = timeAndFraction.count > 1 ? String(timeAndFraction[1]) : ""
        guard day.count == 3, time.count == 3, rest.allSatisfy(\.isNumber) else { return nil }
        parts.tm_year = day[0] - 1900
        parts.tm_mon = day[1] - 1
        parts.tm_mday = day[2]
        parts.tm_hour = time[0]
        parts.tm_min = time[1]
        parts.tm_sec = time[2]
        let seconds = timegm(&parts)
        let fraction = rest.isEmpty ? 0 : (Double("0." + rest) ?? 0)
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }
}
