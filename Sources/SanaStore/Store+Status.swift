import GRDB

extension Store {
    package func status() throws -> StoreStatus {
        try read { db in
            let migrations = try Migrator().applied(db)
            let names = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master
                WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'sana_migration'
                ORDER BY name
                """)
            let counts = try names.map { name in
                StoreStatus.TableCount(table: name, rows: try Int.fetchOne(db, sql: "SELECT count(*) FROM \(name.quotedDatabaseIdentifier)") ?? 0)
            }
            return StoreStatus(path: path, schemaVersion: migrations.last?.version ?? 0, migrations: migrations, tables: counts)
        }
    }
}
