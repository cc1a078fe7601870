import Enrollment
import Foundation
import GRDB
import SanaCSV
import SanaConcurrency
import SanaStore

/// Imports a roster file into the store as one batch: all of it or none of it.
///
/// The parser's threads read, decode, split and check the rows (two of them checking, in batches
/// put back in file order); the store's writer applies them in one transaction meanwhile. A
/// killed process leaves the store as it was (SQLite's WAL), and cancellation rolls back.
/// Diagnostics and progress go to the caller's closures: nothing prints.
package struct RosterImporter: Sendable {
    package let store: Store
    /// The most memory the stored learners' fingerprints may take (a bigger store is compared in SQL).
    var fingerprintBudget = StoredLearners.maxBytes
    /// The most a OneRoster zip's entries may decompress to, all together.
    var zipByteBudget = OneRosterZip.maxBytes

    package init(store: Store) {
        self.store = store
    }

    /// Imports a roster: a CSV file, or a OneRoster 1.1 CSV package (a folder or a .zip: its
    /// students, their organisations as institutions, their classes' courses as enrollments).
    /// `headers` receives the column names and delimiter before any row is read (for the rejects file);
    /// `beforeCommit` runs once every row was seen, inside the batch's transaction (the rejects file
    /// is finished there: if that fails, nothing is applied). `identityChange` hears of each row that
    /// changes a stored learner's name or university, as it is written; past
    /// `options.maxIdentityChanges` of them the batch is refused (a dry run reports it in the summary).
    package func importRoster(
        _ path: String,
        format: RosterFormat = .csv,
        options: RosterImportOptions,
        isCancelled: @escaping @Sendable () -> Bool = { false },
        diagnostic: @escaping @Sendable (RowDiagnostic) -> Void = { _ in },
        progress: @escaping @Sendable (ImportProgress) -> Void = { _ in },
        identityChange: @escaping (LearnerChange) -> Void = { _ in },
        headers: ([String], Delimiter) throws -> Void = { _, _ in },
        beforeCommit: () throws -> Void = {}
    ) throws -> RosterImportSummary {
        var options = options
        let records: RosterRecords
        switch format {
        case .csv:
            records = try CSVRoster(path: path, encoding: options.encoding, delimiter: options.delimiter, isCancelled: isCancelled)
        case .oneroster:
            let knownCourses = Set(try store.read { try String.fetchAll($0, sql: "SELECT id FROM course") })
            if let course = options.course, !knownCourses.contains(course) { throw RosterError.unknownCourse(course) }
            let package = try OneRosterPackage(
                path: path, maxZipBytes: zipByteBudget, knownCourses: knownCourses, only: options.course, isCancelled: isCancelled)
            package.classDiagnostics.forEach(diagnostic)
            records = package
            options.mappings = [:]
        }
        return try run(records, path: path, format: format.rawValue, options: options, isCancelled: isCancelled, diagnostic: diagnostic, progress: progress, identityChange: identityChange, headers: headers, beforeCommit: beforeCommit)
    }

    /// How row diagnostics name the file their lines count in: the roster itself, or a OneRoster
    /// package's users.csv (`DIR/users.csv`, or `export.zip (users.csv)`: no such path exists).
    /// `shown` is the path as the user typed it, `path` where it resolves to.
    package static func rowSource(_ shown: String, at path: String, format: RosterFormat) -> String {
        format == .oneroster ? OneRosterPackage.usersName(shown, isZip: OneRosterPackage.isZip(path)) : shown
    }

    private func run(
        _ records: sending RosterRecords,
        path: String,
        format: String,
        options: RosterImportOptions,
        isCancelled: @escaping @Sendable () -> Bool,
        diagnostic: @escaping @Sendable (RowDiagnostic) -> Void,
        progress: @escaping @Sendable (ImportProgress) -> Void,
        identityChange: @escaping (LearnerChange) -> Void,
        headers: ([String], Delimiter) throws -> Void,
        beforeCommit: () throws -> Void
    ) throws -> RosterImportSummary {
        let started = Date()
        let map = try HeaderMap(headers: records.headers, overrides: options.mappings, path: path)
        if !map.has(.university) && options.institution == nil { throw RosterError.noUniversity(path: path) }
        if !map.has(.course) && options.course == nil { throw RosterError.noCourse(path: path) }
        let knownCourses = Set(try store.read { try String.fetchAll($0, sql: "SELECT id FROM course") })
        if let course = options.course, !knownCourses.contains(course) { throw RosterError.unknownCourse(course) }
        let defaultUniversity = try RosterImporter.option("institution", options.institution, limit: 200)
        let defaultCohort = try RosterImporter.option("cohort", options.cohort, limit: 100)
        try headers(records.headers, records.delimiter)

        var summary = RosterImportSummary(
            file: path, sha256: "", encoding: records.encoding, delimiter: records.delimiter, batch: nil,
            dryRun: options.dryRun, rows: 0, ignoredColumns: map.unknown)
        summary.maxIdentityChanges = options.acceptIdentityChanges ? nil : options.maxIdentityChanges
        let validator = RowValidator(
            map: map, defaultUniversity: defaultUniversity, defaultCourse: options.course,
            defaultCohort: defaultCohort, knownCourses: knownCourses, universities: try store.read { try Institution.names($0) })

        // The parsing side runs on its own thread, handing batches of valid rows to the writer.
        let queue = BoundedQueue<[RosterRow]>(capacity: 4)
        let parser = RosterParser(records: records, validator: validator)
        let parsed = parser.start(into: queue, isCancelled: isCancelled, diagnostic: diagnostic, progress: progress)

        let stamp = Timestamp.string(from: started)
        let actor = OSUser.name
        let fileName = (path as NSString).lastPathComponent
        do {
            try store.write { db in
                // The store's fingerprint scan reads sequentially: a small page cache will do.
                try db.execute(sql: "PRAGMA cache_size = -2048")
                defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }  // SQLite's default, for later users of the connection
                var batchRecord = ImportBatch(fileName: fileName, format: format, actor: actor, startedAt: stamp)
                try batchRecord.insert(db)
                let writer = try RosterWriter(
                    db: db, store: store, fingerprintBudget: fingerprintBudget, batchId: batchRecord.id!, stamp: stamp, map: map,
                    defaultCohort: defaultCohort)
                writer.collectPlan = options.collectPlan
                writer.onIdentityChange = identityChange
                // Then random IINs land all over their index: a larger cache keeps the writes from
                // re-reading it. It shares the import's 100 MB budget with the fingerprints of the
                // learners already stored: 24 MB into an empty store, down to 12 MB for a million.
                try db.execute(sql: "PRAGMA cache_size = -\(RosterImporter.cacheKiB(fingerprintBytes: writer.fingerprintBytes))")
                while let rows = queue.pop() {
                    if isCancelled() { throw RosterError.interrupted(rowsRead: parsed.rowsSoFar(rows.count)) }
                    for row in rows {
                        let (outcome, enrolled): (RosterWriter.Outcome, Bool)
                        do {
                            (outcome, enrolled) = try writer.write(row)
                        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                            throw RosterError.rowRefused(path: path, line: row.line, iin: row.learner.iin.digits, reason: error.message ?? "constraint")
                        }
                        switch outcome {
                        case .created: summary.created += 1
                        case .updated: summary.updated += 1
                        case .unchanged: summary.unchanged += 1
                        }
                        if enrolled { summary.enrolled += 1 }
                    }
                    parsed.addWritten(rows.count)
                }
                // Reading stops at an interruption too (while it waits on a slow pipe): say so, with the count.
                if isCancelled() { throw RosterError.interrupted(rowsRead: parsed.rowsSoFar(0)) }
                let (rows, rejected, warnings) = try parsed.wait()
                if isCancelled() { throw RosterError.interrupted(rowsRead: rows) }
                if rows > 0 && rejected == rows {
                    try beforeCommit()
                    throw RosterError.everyRowRejected(path: path, rows: rows)
                }
                summary.rows = rows
                summary.rejected = rejected
                summary.warnings = warnings
                summary.sha256 = try parsed.sha256()
                summary.identityChanges = writer.identityChanges
                // Checked before the withdrawals: a wrong file is named as such, whatever else it would do.
                if summary.exceedsIdentityLimit && !options.dryRun {
                    throw RosterError.identityChangeLimit(count: summary.identityChanges, limit: options.maxIdentityChanges)
                }
                if options.withdrawMissing {
                    summary.withdrawn = try writer.withdrawMissing(maxPercent: options.maxWithdrawPercent, listed: parser.lists)
                }
                if options.collectPlan { summary.plan = writer.plan }
                summary.seconds = Date().timeIntervalSince(started)
                batchRecord.finish(summary, at: Timestamp.string(from: Date()))
                try batchRecord.update(db)
                try AuditEntry.record(
                    db, action: "roster.import", subject: "batch \(batchRecord.id!)",
                    detail: "\(fileName) sha256 \(summary.sha256): \(summary.created) created, \(summary.updated) updated (\(summary.identityChanges) identity changes), \(summary.unchanged) unchanged, \(summary.withdrawn) withdrawn, \(summary.rejected) rejected")
                summary.batch = batchRecord.id
                if isCancelled() { throw RosterError.interrupted(rowsRead: rows) }
                try beforeCommit()
                if options.dryRun { throw DryRunRollback() }
            }
        } catch is DryRunRollback {
            summary.batch = nil
        } catch {
            queue.close()
            _ = try? parsed.wait()
            store.truncateLog()
            throw error
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }
}

extension RosterImporter {
    /// The page cache (KiB) while rows are written: 24 MB less half the fingerprint table, at least 12 MB.
    static func cacheKiB(fingerprintBytes: Int) -> Int {
        max(12 * 1024, 24 * 1024 - fingerprintBytes / 2048)
    }

    /// An option's value checked by the rules of the column it stands in for.
    static func option(_ name: String, _ value: String?, limit: Int) throws -> String? {
        guard let value else { return nil }
        do {
            guard let checked = try LearnerFields.text(value, field: name, limit: limit, lettersOnly: true) else {
                throw RosterError.badOption(name: name, problem: "must not be empty")
            }
            return checked
        } catch let problem as FieldProblem {
            throw RosterError.badOption(name: name, problem: problem.description)
        }
    }
}

