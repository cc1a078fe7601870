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
        guard let date = Timestamp.date(from: text) else { return nil }
        return seconds(date)
    }
}
