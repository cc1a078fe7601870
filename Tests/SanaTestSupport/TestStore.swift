import Foundation
import GRDB
import SanaStore

/// A fresh store built from the real schema/ files, in its own temporary folder.
package final class TestStore: @unchecked Sendable {
    package let folder = TemporaryFolder()
    package let store: Store

    package init() throws {
        store = try Store.initialize(at: folder.file("sana.db")).store
    }

    package var path: String { store.path }
}

extension TestStore {
    /// Registers a course id, as `sana course import` would, so enrollments can point at it.
    package func addCourse(_ id: String) throws {
        try store.write { db in
            try db.execute(sql: "INSERT INTO course (id, created_at) VALUES (?, ?)", arguments: [id, "2026-01-01 00:00:00.000"])
        }
    }
}
