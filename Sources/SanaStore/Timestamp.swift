import Foundation

/// The store's timestamp text: UTC `YYYY-MM-DD HH:MM:SS.SSS`, GRDB's format for `Date`,
/// so values written by raw statements and by records compare and decode alike.
package enum Timestamp {
    /// Years 1 to 9999 (a date beyond them, read from a forged file, is written as the nearest end:
    /// it once trapped converting its milliseconds to Int64).
    package static func string(from date: Date) -> String {
        let clamped = min(max(date.timeIntervalSince1970, -62_135_596_800), 253_402_300_799.999)
        let millis = Int64((clamped * 1000).rounded(.down))
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

    /// Parses the store's format, or an ISO 8601 instant (`2026-11-21T10:00:00Z`); nil for anything
    /// else, including impossible dates (month 13, 31 February).
    package static func date(from text: String) -> Date? {
        var clock = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "T", with: " ")
        if clock.hasSuffix("Z") { clock.removeLast() }
        let halves = clock.split(separator: " ", omittingEmptySubsequences: false)
        guard halves.count == 2 else { return nil }
        let day = halves[0].split(separator: "-", omittingEmptySubsequences: false).map { Int32($0) }
        let timeAndFraction = halves[1].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let timeText = timeAndFraction.first else { return nil }
        let time = timeText.split(separator: ":", omittingEmptySubsequences: false).map { Int32($0) }
        let fractionText = timeAndFraction.count > 1 ? String(timeAndFraction[1]) : ""
        guard day.count == 3, time.count == 3,
              let year = day[0], let month = day[1], let dayOfMonth = day[2],
              let hour = time[0], let minute = time[1], let second = time[2],
              (1...12).contains(month), (1...31).contains(dayOfMonth), (0...23).contains(hour),
              (0...59).contains(minute), (0...60).contains(second),
              fractionText.allSatisfy(\.isNumber)
        else { return nil }
        var parts = tm()
        parts.tm_year = year - 1900
        parts.tm_mon = month - 1
        parts.tm_mday = dayOfMonth
        parts.tm_hour = hour
        parts.tm_min = minute
        parts.tm_sec = second
        var seconds = timegm(&parts)
        // timegm normalizes 31 February into March: refuse instead.
        var check = tm()
        gmtime_r(&seconds, &check)
        guard check.tm_mday == dayOfMonth, check.tm_mon == month - 1 else { return nil }
        let fraction = fractionText.isEmpty ? 0 : (Double("0." + fractionText) ?? 0)
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }
}
