import Foundation
import GRDB

/// A row of the audit trail: who (the OS user) did what to which subject, and when.
public struct AuditEntry: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "audit_log"

    public var id: Int64?
    public var at: String
    public var actor: String
    public var action: String
    public var subject: String?
    public var detail: String?

    public init(action: String, subject: String? = nil, detail: String? = nil, actor: String = OSUser.name, at: Date = Date()) {
        self.at = Timestamp.string(from: at)
        self.actor = actor
        self.action = action
        self.subject = subject
        self.detail = detail
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Appends an entry to the audit log inside the caller's transaction.
    public static func record(_ db: Database, action: String, subject: String? = nil, detail: String? = nil) throws {
        var entry = AuditEntry(action: action, subject: subject, detail: detail)
        try entry.insert(db)
    }
}
