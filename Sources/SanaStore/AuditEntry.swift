import Foundation
import GRDB

/// A row of the audit trail: who (the OS user) did what to which subject, and when.
package struct AuditEntry: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "audit_log"

    package var id: Int64?
    package var at: String
    package var actor: String
    package var action: String
    package var subject: String?
    package var detail: String?

    package init(action: String, subject: String? = nil, detail: String? = nil, actor: String = OSUser.name, at: Date = Date()) {
        self.at = Timestamp.string(from: at)
        self.actor = actor
        self.action = action
        self.subject = subject
        self.detail = detail
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Appends an entry to the audit log inside the caller's transaction.
    package static func record(_ db: Database, action: String, subject: String? = nil, detail: String? = nil) throws {
        var entry = AuditEntry(action: action, subject: subject, detail: detail)
        try entry.insert(db)
    }
}
