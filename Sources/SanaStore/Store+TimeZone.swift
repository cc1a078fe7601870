import GRDB

/// The time zone learners read times in (lockouts, deadlines, the next attempt), kept in the
/// `setting` table under `time_zone`: an IANA name such as `Asia/Almaty`. SanaStore owns this key.
extension Store {
    public static let timeZoneKey = "time_zone"

    /// The stored zone's name, nil when none was set.
    public func timeZoneSetting() throws -> String? {
        try read { try String.fetchOne($0, sql: "SELECT value FROM setting WHERE key = ?", arguments: [Store.timeZoneKey]) }
    }

    /// Sets the zone (the caller has checked the name), recorded in the audit log.
    public func setTimeZone(_ name: String) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", arguments: [Store.timeZoneKey, name])
            try AuditEntry.record(db, action: "store.time-zone", detail: name)
        }
    }
}
