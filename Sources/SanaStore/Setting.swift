import GRDB

/// The store's settings (`setting`: key → text), which SanaStore owns for every module: the
/// issuer's name and address, and whatever else a deployment configures once. Keys are namespaced
/// by their module (`cert.issuer_name`).
package enum Setting {
    package static func value(_ db: Database, _ key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
    }

    package static func set(_ db: Database, _ key: String, to value: String) throws {
        try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", arguments: [key, value])
    }
}
