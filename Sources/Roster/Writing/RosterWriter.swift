import Enrollment
import Foundation
import GRDB
import SanaCrypto
import SanaStore

/// The store side of an import, inside the batch's one transaction: upserts each row's learner
/// and enrollment, writes nothing for a row identical to the store, and records the values it
/// replaced so that the batch can be reverted.
final class RosterWriter {
    enum Outcome {
        case created, updated, unchanged
    }

    private let db: Database
    private let batchId: Int64
    private let stamp: String
    private let map: HeaderMap
    private let scope: StoredLearners.Scope
    private let stored: StoredLearners
    /// Enrollment's writer of learner and enrollment rows (it owns those tables).
    private let rows: LearnerWriter
    private let insertChange: Statement
    private var institutions: [VerbatimKey: Int64] = [:]
    private var cohorts: [CohortKey: Int64] = [:]
    private var random = RandomPool()
    private var uuidText: [UInt8] = []
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()
    /// (institution id, course) pairs this file covers, for --withdraw-missing.
    private(set) var covered: Set<PairKey> = []
    private var lastCovered: PairKey?
    /// The last learner created, for a source row that enrolls them in several courses.
    private var lastCreated: (iin: String, id: Int64)?
    private var institutionNames: [Int64: String] = [:]
    /// Whether to keep every change by name (`plan`), not only identity changes.
    var collectPlan = false
    /// Every learner created, updated, enrolled or withdrawn, in file order (when `collectPlan`).
    private(set) var plan: [LearnerChange] = []
    /// Rows that changed a stored learner's name or university.
    private(set) var identityChanges = 0
    /// Told of each identity change as its row is written.
    var onIdentityChange: (LearnerChange) -> Void = { _ in }

    struct PairKey: Hashable {
        let institutionId: Int64
        let course: String
    }

    private struct CohortKey: Hashable {
        let institutionId: Int64
        let name: VerbatimKey
    }

    init(
        db: Database, store: Store, fingerprintBudget: Int, batchId: Int64, stamp: String, map: HeaderMap, defaultCohort: String?
    ) throws {
        self.db = db
        self.batchId = batchId
        self.stamp = stamp
        self.map = map
        // The batch holds the write lock from here on, so this picture stays true.
        scope = StoredLearners.Scope(map: map, defaultCohort: defaultCohort)
        stored = try StoredLearners(db, store: store, scope: scope, maxBytes: fingerprintBudget)
        rows = try LearnerWriter(db)
        insertChange = try db.makeStatement(sql: """
            INSERT INTO import_change (batch_id, kind, learner_id, enrollment_id, before, after) VALUES (?, ?, ?, ?, ?, ?)
            """)
    }

    /// Memory held by the fingerprints of the learners stored when the batch began.
    var fingerprintBytes: Int { stored.bytes }

    /// Writes one row; reports whether its learner was created, updated or left as it was, and
    /// whether an enrollment was created or re-activated.
    func write(_ row: RosterRow) throws -> (outcome: Outcome, enrolled: Bool) {
        let institutionId = try institution(row.university)
        if lastCovered?.institutionId != institutionId || lastCovered?.course != row.course {
            let pair = PairKey(institutionId: institutionId, course: row.course)
            covered.insert(pair)
            lastCovered = pair
        }
        let cohortId = try row.cohort.map { try cohort($0, institutionId: institutionId) }
        let draft = row.learner
        func create() throws -> (outcome: Outcome, enrolled: Bool) {
            if let previous = lastCreated, previous.iin == draft.iin.digits {
                // The learner this batch just created, in the next course of the same source row.
                let (_, enrolled) = try upsertEnrollment(
                    learnerId: previous.id, course: row.course, cohortId: cohortId, row: row, names: nil)
                return (.updated, enrolled)
            }
            let learnerId = try createLearner(draft, institutionId: institutionId)
            try createEnrollment(learnerId: learnerId, course: row.course, cohortId: cohortId)
            lastCreated = (draft.iin.digits, learnerId)
            if collectPlan {
                plan.append(LearnerChange(
                    kind: .created, line: row.line, iin: draft.iin.digits, lastName: draft.lastName, firstName: draft.firstName,
                    middleName: draft.middleName, course: row.course))
            }
            return (.created, true)
        }
        // New to the store: insert without looking. Identical to the store: nothing to do.
        let fingerprint = stored.lookup(draft.iin.number)
        if fingerprint == nil && stored.isComplete { return try create() }
        if let fingerprint, fingerprint == StoredLearners.fingerprint(row, institutionId: institutionId, cohortId: cohortId, scope: scope) {
            return (.unchanged, false)
        }
        guard let (learnerId, before) = try rows.learner(iin: draft.iin.digits) else {
            if stored.isComplete { throw RosterError.storeChanged(iin: draft.iin.digits) }
            return try create()
        }
        var after = before
        after.lastName = draft.lastName
        after.firstName = draft.firstName
        after.institutionId = institutionId
        // An empty cell, like a missing column, keeps what the store has: an export with a blank
        // column must not wipe a field.
        if map.setsMiddleName, let middleName = draft.middleName { after.middleName = middleName }
        if map.has(.email), let email = draft.email { after.email = email }
        if map.has(.faculty), let faculty = draft.faculty { after.faculty = faculty }
        if map.has(.group), let group = draft.studyGroup { after.studyGroup = group }
        if let locale = draft.locale { after.locale = locale }
        if map.has(.studentNumber), let number = draft.studentNumber { after.studentNumber = number }
        var wrote = false
        if after != before {
            after.updatedAt = stamp
            after.batchId = batchId
            try record("learner_updated", learnerId: learnerId, enrollmentId: nil, before: encoder.encode(before), after: encoder.encode(after))
            try rows.updateLearner(id: learnerId, to: after)
            wrote = true
            try note(LearnerChange(
                kind: .updated, line: row.line, iin: draft.iin.digits, lastName: after.lastName, firstName: after.firstName,
                middleName: after.middleName, course: row.course, changes: try changes(from: before, to: after)))
        }
        let (enrollmentWritten, enrolled) = try upsertEnrollment(
            learnerId: learnerId, course: row.course, cohortId: cohortId, row: row, names: after)
        return (wrote || enrollmentWritten ? .updated : .unchanged, enrolled)
    }

    /// Withdraws the active, import-enrolled learners of each covered (institution, course) that
    /// this file does not list at all (a row rejected for a typo still lists its learner);
    /// refuses (throwing) past `maxPercent` of them.
    func withdrawMissing(maxPercent: Double, listed: (UInt64) -> Bool) throws -> Int {
        var withdrawn = 0
        for pair in covered.sorted(by: { ($0.institutionId, $0.course) < ($1.institutionId, $1.course) }) {
            let filter = """
                FROM enrollment e JOIN learner l ON l.id = e.learner_id
                WHERE l.institution_id = ? AND e.course_id = ? AND e.status = 'active' AND e.batch_id IS NOT NULL
                  AND NOT (e.batch_id = ? AND e.enrolled_at = ?)
                """
            let arguments: StatementArguments = [pair.institutionId, pair.course, batchId, stamp]
            // Stream the candidates (a big university has many): keep only the missing ones' ids.
            var total = 0
            var missing: [Int64] = []
            let candidates = try Row.fetchCursor(db, sql: "SELECT l.iin, e.id \(filter)", arguments: arguments)
            while let row = try candidates.next() {
                total += 1
                if !listed(UInt64(row[0] as String)!) { missing.append(row[1]) }
            }
            if missing.isEmpty { continue }
            if Double(missing.count) * 100 > maxPercent * Double(total) {
                let name = try String.fetchOne(db, sql: "SELECT name FROM institution WHERE id = ?", arguments: [pair.institutionId]) ?? "?"
                throw RosterError.withdrawLimit(wouldWithdraw: missing.count, of: total, institution: name, course: pair.course, maxPercent: maxPercent)
            }
            for enrollmentId in missing {
                guard let (learnerId, before) = try rows.enrollment(id: enrollmentId) else { continue }
                var after = before
                after.status = "withdrawn"
                after.withdrawnAt = stamp
                after.updatedAt = stamp
                after.batchId = batchId
                try record("enrollment_updated", learnerId: learnerId, enrollmentId: enrollmentId, before: encoder.encode(before), after: encoder.encode(after))
                try rows.updateEnrollment(id: enrollmentId, to: after)
                if collectPlan, let learner = try Row.fetchOne(db, sql: "SELECT iin, last_name, first_name, middle_name FROM learner WHERE id = ?", arguments: [learnerId]) {
                    plan.append(LearnerChange(
                        kind: .withdrawn, iin: learner[0], lastName: learner[1], firstName: learner[2], middleName: learner[3],
                        course: pair.course, changes: [FieldChange(field: "status", before: before.status, after: after.status)]))
                }
            }
            withdrawn += missing.count
        }
        return withdrawn
    }

    private func createLearner(_ draft: LearnerDraft, institutionId: Int64) throws -> Int64 {
        try random.uuidText(into: &uuidText)
        return try rows.insertLearner(draft, institutionId: institutionId, subjectUUID: uuidText, stamp: stamp, batchId: batchId)
    }

    private func createEnrollment(learnerId: Int64, course: String, cohortId: Int64?) throws {
        try rows.insertEnrollment(learnerId: learnerId, course: course, cohortId: cohortId, stamp: stamp, batchId: batchId)
    }

    /// Returns (something written, enrollment created or re-activated). `names`: the learner as
    /// stored, nil for one this batch created from `row`.
    private func upsertEnrollment(
        learnerId: Int64, course: String, cohortId: Int64?, row: RosterRow, names: LearnerSnapshot?
    ) throws -> (Bool, Bool) {
        func planned(_ kind: LearnerChange.Kind, _ changes: [FieldChange] = []) {
            guard collectPlan else { return }
            plan.append(LearnerChange(
                kind: kind, line: row.line, iin: row.learner.iin.digits, lastName: names?.lastName ?? row.learner.lastName,
                firstName: names?.firstName ?? row.learner.firstName, middleName: names.map(\.middleName) ?? row.learner.middleName,
                course: course, changes: changes))
        }
        guard let (enrollmentId, before) = try rows.enrollment(learnerId: learnerId, course: course) else {
            try createEnrollment(learnerId: learnerId, course: course, cohortId: cohortId)
            planned(.enrolled)
            return (true, true)
        }
        var after = before
        if let cohortId { after.cohortId = cohortId }
        let reactivated = before.status == "withdrawn"
        if reactivated {
            after.status = "active"
            after.withdrawnAt = nil
        }
        guard after != before else { return (false, false) }
        after.updatedAt = stamp
        after.batchId = batchId
        try record("enrollment_updated", learnerId: learnerId, enrollmentId: enrollmentId, before: encoder.encode(before), after: encoder.encode(after))
        try rows.updateEnrollment(id: enrollmentId, to: after)
        if collectPlan {
            var changes: [FieldChange] = []
            if before.status != after.status { changes.append(FieldChange(field: "status", before: before.status, after: after.status)) }
            if before.cohortId != after.cohortId {
                changes.append(FieldChange(field: "cohort", before: try cohortName(before.cohortId), after: try cohortName(after.cohortId)))
            }
            planned(reactivated ? .enrolled : .moved, changes)
        }
        return (true, reactivated)
    }

    private func record(_ kind: String, learnerId: Int64, enrollmentId: Int64?, before: Data, after: Data) throws {
        insertChange.clear()
        try insertChange.bind(1, batchId)
        try insertChange.bind(2, kind)
        try insertChange.bind(3, learnerId)
        try insertChange.bind(4, enrollmentId)
        try insertChange.bind(5, String(decoding: before, as: UTF8.self))
        try insertChange.bind(6, String(decoding: after, as: UTF8.self))
        try insertChange.run()
    }

    /// Counts an identity change and reports it; keeps the change for the plan when asked.
    private func note(_ change: LearnerChange) throws {
        if change.identity {
            identityChanges += 1
            onIdentityChange(change)
        }
        if collectPlan { plan.append(change) }
    }

    /// The fields that differ between two snapshots of one learner, universities by name.
    private func changes(from before: LearnerSnapshot, to after: LearnerSnapshot) throws -> [FieldChange] {
        try LearnerChanges.fields(from: before, to: after, institution: institutionName)
    }

    private func institutionName(_ id: Int64?) throws -> String? {
        guard let id else { return nil }
        if let name = institutionNames[id] { return name }
        let name = try String.fetchOne(db, sql: "SELECT name FROM institution WHERE id = ?", arguments: [id])
        institutionNames[id] = name
        return name
    }

    private func cohortName(_ id: Int64?) throws -> String? {
        guard let id else { return nil }
        return try String.fetchOne(db, sql: "SELECT name FROM cohort WHERE id = ?", arguments: [id])
    }

    /// The institution's id, cached by the name as written (rows repeat it verbatim).
    private func institution(_ name: String) throws -> Int64 {
        let key = VerbatimKey(text: name)
        if let id = institutions[key] { return id }
        let id = try Institution.findOrCreate(db, name: name, now: stamp).id!
        institutions[key] = id
        return id
    }

    private func cohort(_ name: String, institutionId: Int64) throws -> Int64 {
        let key = CohortKey(institutionId: institutionId, name: VerbatimKey(text: name))
        if let id = cohorts[key] { return id }
        let id = try Cohort.findOrCreate(db, institutionId: institutionId, name: name, now: stamp).id!
        cohorts[key] = id
        return id
    }
}
