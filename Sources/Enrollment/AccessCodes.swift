import Dispatch
import Foundation
import GRDB
import SanaConcurrency
import SanaCrypto
import SanaStore

/// Issues access codes and checks them, with a lockout kept in the store: five wrong codes in a
/// row lock the learner for 15 minutes, whichever process the tries came from.
package struct AccessCodes: Sendable {
    package static let maxFailures = 5
    package static let lockMinutes = 15

    package let store: Store
    /// scrypt at the standard cost; tests pass a cheaper one.
    package let hasher: ScryptHasher
    /// The CPU priority of checking a typed code (nice 10: a tenth of the share of normal work).
    static let hashNiceness: Int32 = 10

    package init(store: Store, hasher: ScryptHasher = ScryptHasher()) {
        self.store = store
        self.hasher = hasher
    }

    /// Issues a new code to every selected learner. A learner who already has a code may have
    /// been handed it: unless `reissue` is true, the issue is refused (naming how many) and nothing
    /// changes; with it, their code is replaced (clearing its failures and lock). The codes are
    /// returned once, in alphabetical order (`Collation`); the store keeps hashes.
    /// `beforeCommit` receives them inside the transaction (to write them out): if it throws,
    /// nothing changes and every earlier code keeps working.
    package func issue(
        _ selection: AccessCodeSelection, reissue: Bool = false, now: Date = Date(),
        beforeCommit: ([IssuedAccessCode]) throws -> Void = { _ in }
    ) throws -> [IssuedAccessCode] {
        let learners = try store.read { try selected($0, selection) }
        if learners.isEmpty { throw EnrollmentError.noLearnersSelected(selection.summary) }
        let holders = learners.filter(\.hasCode).count
        if holders > 0 && !reissue { throw EnrollmentError.codesAlreadyIssued(count: holders, selected: learners.count) }
        let codes = learners.map { _ in AccessCode.random() }
        // Slow hashes on every core, one at a time per worker.
        let hasher = self.hasher
        let hashes = try ConcurrentMap.map(codes.count, batch: 1) { try hasher.hash(codes[$0].symbols) }
        let stamp = Timestamp.string(from: now)
        let issued = zip(learners, codes).map { IssuedAccessCode(iin: $0.iin, name: $0.name, code: $1, replaced: $0.hasCode) }
        try store.write { db in
            // Without --reissue a code issued meanwhile (by another run) is not replaced either:
            // the insert finds it and the whole issue is refused.
            let statement = try db.makeStatement(sql: reissue ? """
                INSERT INTO access_code (learner_id, code_hash, issued_at, failed_count, locked_until) VALUES (?, ?, ?, 0, NULL)
                ON CONFLICT (learner_id) DO UPDATE SET code_hash = excluded.code_hash, issued_at = excluded.issued_at,
                    failed_count = 0, locked_until = NULL
                """ : """
                INSERT INTO access_code (learner_id, code_hash, issued_at, failed_count, locked_until) VALUES (?, ?, ?, 0, NULL)
                ON CONFLICT (learner_id) DO NOTHING
                """)
            var meanwhile = 0
            for (index, learner) in learners.enumerated() {
                try statement.execute(arguments: [learner.id, hashes[index], stamp])
                if db.changesCount == 0 { meanwhile += 1 }
            }
            if meanwhile > 0 { throw EnrollmentError.codesAlreadyIssued(count: meanwhile, selected: learners.count) }
            let replaced = issued.filter(\.replaced).count
            try AuditEntry.record(db, action: "learner.codes", subject: selection.learners.count == 1 ? selection.learners[0].digits : nil,
                                  detail: "\(learners.count) issued (\(selection.summary))" + (replaced > 0 ? ", \(replaced) replaced" : ""))
            try beforeCommit(issued)
        }
        return issued
    }

    /// Checks a typed code for a learner; returns the learner's row id. Throws when the learner
    /// is suspended, is locked out, has no code, typed something that cannot be a code (not counted: an empty
    /// line or a slip of the keyboard is no guess), or the code is wrong (counting the failure).
    /// `onLockout` runs inside the transaction that starts a lockout, with the learner's id and the
    /// lock's start and end: the exam stops its clock there, so a lockout never costs exam time.
    @discardableResult
    package func verify(
        iin: IIN, typed: String, now: Date = Date(),
        onLockout: (Database, _ learnerId: Int64, _ from: Date, _ until: Date) throws -> Void = { _, _, _, _ in }
    ) throws -> Int64 {
        let stamp = Timestamp.string(from: now)
        let row = try store.read { db in
            try Row.fetchOne(db, sql: """
                SELECT l.id, l.status, c.code_hash, c.locked_until, c.failed_count FROM learner l LEFT JOIN access_code c ON c.learner_id = l.id WHERE l.iin = ?
                """, arguments: [iin.digits])
        }
        guard let row else { throw EnrollmentError.learnerNotFound(iin: iin.digits) }
        // A suspended learner is refused before their code is looked at (no try is counted).
        if row["status"] as String == "suspended" { throw EnrollmentError.suspended(iin: iin.digits) }
        let learnerId: Int64 = row["id"]
        guard let stored: String = row["code_hash"] else { throw EnrollmentError.noAccessCode(iin: iin.digits) }
        if let until: String = row["locked_until"], until > stamp {
            throw EnrollmentError.lockedOut(iin: iin.digits, until: until)
        }
        guard let code = AccessCode(typed: typed) else { throw EnrollmentError.malformedAccessCode(iin: iin.digits) }
        // The hash is slow on purpose (tens of ms of CPU): at a lower priority, so that a crowd of
        // learners starting an exam does not slow the answers of those already in it.
        let hasher = self.hasher
        let matches = try BackgroundTask(niceness: AccessCodes.hashNiceness) { hasher.verify(code.symbols, against: stored) }.value()
        let failedBefore: Int = row["failed_count"] ?? 0
        // The usual case, the right code and nothing to reset, needs no write lock.
        if matches && failedBefore == 0 && (row["locked_until"] as String?) == nil { return learnerId }
        let outcome: EnrollmentError? = try store.write { db in
            if matches {
                try db.execute(sql: """
                    UPDATE access_code SET failed_count = 0, locked_until = NULL
                    WHERE learner_id = ? AND (failed_count > 0 OR locked_until IS NOT NULL)
                    """, arguments: [learnerId])
                return nil
            }
            // Count the failure against the code that was checked (not one issued meanwhile).
            let failures = try Int.fetchOne(db, sql: """
                UPDATE access_code SET failed_count = failed_count + 1 WHERE learner_id = ? AND code_hash = ? RETURNING failed_count
                """, arguments: [learnerId, stored]) ?? 0
            if failures >= AccessCodes.maxFailures {
                let end = now.addingTimeInterval(TimeInterval(AccessCodes.lockMinutes * 60))
                let until = Timestamp.string(from: end)
                try db.execute(sql: "UPDATE access_code SET failed_count = 0, locked_until = ? WHERE learner_id = ?", arguments: [until, learnerId])
                try AuditEntry.record(db, action: "learner.locked", subject: iin.digits, detail: "\(AccessCodes.maxFailures) wrong access codes")
                try onLockout(db, learnerId, now, end)
                return .lockedOut(iin: iin.digits, until: until)
            }
            return .wrongAccessCode(iin: iin.digits, triesLeft: AccessCodes.maxFailures - failures)
        }
        if let outcome { throw outcome }
        return learnerId
    }

    private struct Selected {
        let id: Int64
        let iin: String
        let name: String
        let hasCode: Bool
        let sortNames: [String]
    }

    private func selected(_ db: Database, _ selection: AccessCodeSelection) throws -> [Selected] {
        var conditions: [String] = ["l.erased_at IS NULL"]
        var arguments: StatementArguments = []
        if let institution = selection.institution {
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM institution WHERE name_key = ?", arguments: [LearnerFields.key(institution)]) else {
                throw try Institution.notFound(db, institution)
            }
            conditions.append("l.institution_id = ?")
            arguments += [id]
        }
        if let cohort = selection.cohort {
            conditions.append("l.id IN (SELECT e.learner_id FROM enrollment e JOIN cohort c ON c.id = e.cohort_id WHERE c.name = ? AND e.status <> 'withdrawn')")
            arguments += [LearnerFields.normalized(cohort)]
        }
        if !selection.learners.isEmpty {
            for learner in selection.learners where try Learner.find(db, iin: learner) == nil {
                throw EnrollmentError.learnerNotFound(iin: learner.digits)
            }
            conditions.append("l.iin IN (\(Array(repeating: "?", count: selection.learners.count).joined(separator: ", ")))")
            arguments += StatementArguments(selection.learners.map(\.digits))
        }
        if selection.withoutCode {
            conditions.append("a.learner_id IS NULL")
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let rows = try Row.fetchAll(db, sql: """
            SELECT l.id, l.iin, l.last_name, l.first_name, l.middle_name, a.learner_id IS NOT NULL AS has_code
            FROM learner l LEFT JOIN access_code a ON a.learner_id = l.id \(filter)
            """, arguments: arguments).map { row in
            let (last, first, middle): (String, String, String?) = (row["last_name"], row["first_name"], row["middle_name"])
            return Selected(id: row["id"], iin: row["iin"], name: Learner.fullName(last, first, middle), hasCode: row["has_code"],
                            sortNames: [last, first, middle ?? "", row["iin"]])
        }
        return Collation.sorted(rows, by: \.sortNames)
    }
}
