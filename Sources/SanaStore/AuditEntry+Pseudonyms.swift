import GRDB

/// The audit trail and personal data: what it says about a person (an access request) and
/// replacing what identifies them by a pseudonym (an erasure), keeping every entry.
extension AuditEntry {
    /// Entries whose subject or detail contains any of `texts` (an IIN, a name), oldest first.
    package static func mentioning(_ db: Database, _ texts: [String]) throws -> [AuditEntry] {
        let texts = texts.filter { !$0.isEmpty }
        if texts.isEmpty { return [] }
        let conditions = texts.map { _ in "instr(coalesce(subject, ''), ?) > 0 OR instr(coalesce(detail, ''), ?) > 0" }
        let arguments = StatementArguments(texts.flatMap { [$0, $0] })
        return try AuditEntry.fetchAll(db, sql: "SELECT * FROM audit_log WHERE \(conditions.joined(separator: " OR ")) ORDER BY id", arguments: arguments)
    }

    /// Replaces every occurrence of `texts` (longest first) in subjects and details by `pseudonym`.
    /// Returns how many entries changed.
    @discardableResult
    package static func pseudonymize(_ db: Database, _ texts: [String], as pseudonym: String) throws -> Int {
        let ids = try mentioning(db, texts).compactMap(\.id)
        for text in Set(texts.filter { !$0.isEmpty }).sorted(by: { $0.count > $1.count }) {
            try db.execute(sql: """
                UPDATE audit_log SET subject = replace(subject, ?1, ?2), detail = replace(detail, ?1, ?2)
                WHERE instr(coalesce(subject, ''), ?1) > 0 OR instr(coalesce(detail, ''), ?1) > 0
                """, arguments: [text, pseudonym])
        }
        return ids.count
    }
}
