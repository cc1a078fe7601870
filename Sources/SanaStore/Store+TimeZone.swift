import GRDB

/// The time zone learners read times in (lockouts, deadlines, the next attempt), kept as the
/// setting `store.time_zone`: an IANA name such as `Asia/Almaty`.
extension Store {
    package static let timeZoneKey = "store.time_zone"

    /// The stored zone's name, nil when none was set.
    package func timeZoneSetting() throws -> String? {
        try read { try Setting.value($0, Store.timeZoneKey) }
    }

    /// Sets the zone (the caller has checked the name), recorded in the audit log.
    package func setTimeZone(_ name: String) throws {
        try write { db in
            try Setting.set(db, Store.timeZoneKey, to: name)
            try AuditEntry.record(db, action: "store.time-zone", detail: name)
        }
    }
}
