import Foundation

/// The zone a learner reads times in: `$TZ` when it names a zone, else the store's `time_zone`
/// setting, else `Asia/Almaty` (Kazakhstan has kept one zone, UTC+5, since March 2024). Times are
/// always shown with the zone named, so a learner elsewhere is never misled.
struct LocalTime: Sendable {
    static let defaultZone = "Asia/Almaty"

    let zone: TimeZone
    /// The zone as configured: `Asia/Almaty`, `UTC`.
    let name: String

    init(zone: TimeZone, name: String) {
        self.zone = zone
        self.name = name
    }

    /// `$TZ` (with or without the leading `:`), else `setting`, else Asia/Almaty; a name that is
    /// not a zone is passed over.
    static func resolve(setting: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> LocalTime {
        var candidates: [String] = []
        if let tz = environment["TZ"] {
            candidates.append(tz.hasPrefix(":") ? String(tz.dropFirst()) : tz)
        }
        if let setting { candidates.append(setting) }
        candidates.append(defaultZone)
        for name in candidates {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if let zone = zone(named: trimmed) { return LocalTime(zone: zone, name: trimmed) }
        }
        return LocalTime(zone: TimeZone(secondsFromGMT: 5 * 3600)!, name: defaultZone)
    }

    /// A zone from its IANA name (or `UTC`), nil for anything else.
    static func zone(named name: String) -> TimeZone? {
        guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("..") else { return nil }
        if name == "UTC" || name == "GMT" { return TimeZone(identifier: "GMT") }
        // Foundation takes some POSIX strings it cannot really read: keep to names of the zone database.
        guard name.contains("/") || TimeZone.knownTimeZoneIdentifiers.contains(name) else { return nil }
        return TimeZone(identifier: name)
    }

    /// `UTC+5`, `UTC+5:30`, `UTC-3`, `UTC` at `date`.
    func offset(at date: Date) -> String {
        let seconds = zone.secondsFromGMT(for: date)
        if seconds == 0 { return "UTC" }
        let sign = seconds < 0 ? "-" : "+"
        let (hours, minutes) = (abs(seconds) / 3600, abs(seconds) % 3600 / 60)
        return "UTC\(sign)\(hours)" + (minutes == 0 ? "" : String(format: ":%02d", minutes))
    }

    /// `(Asia/Almaty, UTC+5)`, or `(UTC)`.
    func label(at date: Date) -> String {
        let offset = offset(at: date)
        return name == "UTC" || name == "GMT" ? "(UTC)" : "(\(name), \(offset))"
    }

    /// Year, month, day, hour and minute of `date` in the zone.
    func components(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    }
}
