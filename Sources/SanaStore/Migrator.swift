import GRDB

/// Applies schema/ files in order, each in its own transaction, recording name and SHA-256.
/// Refuses a store whose recorded history differs from the files this binary carries.
package struct Migrator: Sendable {
    package let migrations: [Migration]

    package init(migrations: [Migration] = Migration.all) {
        self.migrations = migrations.sorted { $0.name < $1.name }
    }

    package var latestVersion: Int {
        migrations.last?.version ?? 0
    }

    /// The migrations recorded in the store, oldest first; empty for a store never migrated.
    package func applied(_ db: Database) throws -> [AppliedMigration] {
        guard try db.tableExists(AppliedMigration.databaseTableName) else { return [] }
        return try AppliedMigration.order(Column("name")).fetchAll(db)
    }

    /// The migrations still to apply, after checking the recorded history against this binary's.
    package func pending(_ db: Database, path: String) throws -> [Migration] {
        let applied = try applied(db)
        let known = Dictionary(uniqueKeysWithValues: migrations.map { ($0.name, $0) })
        for record in applied {
            guard let migration = known[record.name] else {
                throw StoreError.unknownMigration(path: path, name: record.name)
            }
            if migration.sha256 != record.sha256 {
                throw StoreError.changedMigration(path: path, name: record.name)
            }
        }
        let appliedNames = Set(applied.map(\.name))
        let pending = migrations.filter { !appliedNames.contains($0.name) }
        if let lastApplied = applied.last?.name, let gap = pending.first(where: { $0.name < lastApplied }) {
            throw StoreError.missingMigration(path: path, name: gap.name)
        }
        return pending
    }

    /// Applies what is pending; returns what this call applied (not what another process did meanwhile).
    @discardableResult
    package func migrate(_ writer: some DatabaseWriter, path: String, now: @Sendable () -> String) throws -> [Migration] {
        let pending = try writer.read { try self.pending($0, path: path) }
        var applied: [Migration] = []
        for migration in pending {
            try writer.write { db in
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS sana_migration (
                        name       TEXT PRIMARY KEY NOT NULL,
                        sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
                        applied_at TEXT NOT NULL
                    ) WITHOUT ROWID
                    """)
                // Re-check inside the write: another process may have migrated meanwhile.
                guard try self.pending(db, path: path).contains(migration) else { return }
                try db.execute(sql: migration.sql)
                try AppliedMigration(name: migration.name, sha256: migration.sha256, appliedAt: now()).insert(db)
                applied.append(migration)
            }
        }
        return applied
    }
}
