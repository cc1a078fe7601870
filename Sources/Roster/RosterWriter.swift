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
    private let findLearner, insertLearner, updateLearner: FastStatement
    private let findEnrollment, insertEnrollment, updateEnrollment: FastStatement
    private let insertChange: FastStatement
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
        findLearner = try FastStatement(db, sql: """
            SELECT id, last_name, first_name, middle_name, email, institution_id, faculty, study_group, locale, updated_at, batch_id
            FROM learner WHERE iin = ?
            """)
        insertLearner = try FastStatement(db, sql: """
            INSERT INTO learner (iin, last_name, first_name, middle_name, email, institution_id, faculty, study_group,
                                 locale, subject_uuid, created_at, updated_at, batch_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        updateLearner = try FastStatement(db, sql: """
            UPDATE learner SET last_name = ?, first_name = ?, middle_name = ?, email = ?, institution_id = ?, faculty = ?,
                               study_group = ?, locale = ?, updated_at = ?, batch_id = ?
            WHERE id = ?
            """)
        findEnrollment = try FastStatement(db, sql: """
            SELECT id, cohort_id, status, withdrawn_at, updated_at, batch_id FROM enrollment WHERE learner_id = ? AND course_id = ?
            """)
        insertEnrollment = try FastStatement(db, sql: """
            INSERT INTO enrollment (learner_id, course_id, cohort_id, status, enrolled_at, updated_at, batch_id)
            VALUES (?, ?, ?, 'active', ?, ?, ?)
            """)
        updateEnrollment = try FastStatement(db, sql: """
            UPDATE enrollment SET cohort_id = ?, status = ?, withdrawn_at = ?, updated_at = ?, batch_id = ? WHERE id = ?
            """)
        insertChange = try FastStatement(db, sql: """
            INSERT INTO import_change (batch_id, kind, learner_id, enrollment_id, before) VALUES (?, ?, ?, ?, ?)
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
                let (_, enrolled) = try upsertEnrollment(learnerId: previous.id, course: row.course, cohortId: cohortId)
                return (.updated, enrolled)
            }
            let learnerId = try createLearner(draft, institutionId: institutionId)
            try createEnrollment(learnerId: learnerId, course: row.course, cohortId: cohortId)
            lastCreated = (draft.iin.digits, learnerId)
            return (.created, true)
        }
        // New to the store: insert without looking. Identical to the store: nothing to do.
        let fingerprint = stored.lookup(draft.iin.number)
        if fingerprint == nil && stored.isComplete { return try create() }
        if let fingerprint, fingerprint == StoredLearners.fingerprint(row, institutionId: institutionId, cohortId: cohortId, scope: scope) {
            return (.unchanged, false)
        }
        findLearner.reset()
        findLearner.bind(1, draft.iin.digits)
        guard try findLearner.step() else {
            findLearner.reset()
            if stored.isComplete { throw RosterError.storeChanged(iin: draft.iin.digits) }
            return try create()
        }
        let learnerId = findLearner.int64(0)!
        let before = LearnerSnapshot(
            lastName: findLearner.text(1) ?? "", firstName: findLearner.text(2) ?? "", middleName: findLearner.text(3),
            email: findLearner.text(4), institutionId: findLearner.int64(5), faculty: findLearner.text(6),
            studyGroup: findLearner.text(7), locale: findLearner.text(8) ?? "kk", updatedAt: findLearner.text(9) ?? "",
            batchId: findLearner.int64(10))
        findLearner.reset()
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
        var wrote = false
        if after != before {
            after.updatedAt = stamp
            after.batchId = batchId
            try record("learner_updated", learnerId: learnerId, enrollmentId: nil, before: encoder.encode(before))
            updateLearner.bind(1, after.lastName)
            updateLearner.bind(2, after.firstName)
            updateLearner.bind(3, after.middleName)
            updateLearner.bind(4, after.email)
            updateLearner.bind(5, after.institutionId)
            updateLearner.bind(6, after.faculty)
            updateLearner.bind(7, after.studyGroup)
            updateLearner.bind(8, after.locale)
            updateLearner.bind(9, stamp)
            updateLearner.bind(10, batchId)
            updateLearner.bind(11, learnerId)
            try updateLearner.execute()
            wrote = true
        }
        let (enrollmentWritten, enrolled) = try upsertEnrollment(learnerId: learnerId, course: row.course, cohortId: cohortId)
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
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT learner_id, cohort_id, status, withdrawn_at, updated_at, batch_id FROM enrollment WHERE id = ?
                    """, arguments: [enrollmentId]) else { continue }
                let before = EnrollmentSnapshot(cohortId: row["cohort_id"], status: row["status"], withdrawnAt: row["withdrawn_at"], updatedAt: row["updated_at"], batchId: row["batch_id"])
                try record("enrollment_updated", learnerId: row["learner_id"], enrollmentId: enrollmentId, before: encoder.encode(before))
                try db.execute(sql: """
                    UPDATE enrollment SET status = 'withdrawn', withdrawn_at = ?, updated_at = ?, batch_id = ? WHERE id = ?
                    """, arguments: [stamp, stamp, batchId, enrollmentId])
            }
            withdrawn += missing.count
        }
        return withdrawn
    }

    private func createLearner(_ draft: LearnerDraft, institutionId: Int64) throws -> Int64 {
        insertLearner.reset()
        insertLearner.bind(1, draft.iin.digits)
        insertLearner.bind(2, draft.lastName)
        insertLearner.bind(3, draft.firstName)
        insertLearner.bind(4, draft.middleName)
        insertLearner.bind(5, draft.email)
        insertLearner.bind(6, institutionId)
        insertLearner.bind(7, draft.faculty)
        insertLearner.bind(8, draft.studyGroup)
        insertLearner.bind(9, draft.locale ?? "kk")
        try random.uuidText(into: &uuidText)
        insertLearner.bind(10, utf8: uuidText)
        insertLearner.bind(11, stamp)
        insertLearner.bind(12, stamp)
        insertLearner.bind(13, batchId)
        try insertLearner.execute()
        return insertLearner.lastInsertedRowID
    }

    private func createEnrollment(learnerId: Int64, course: String, cohortId: Int64?) throws {
        insertEnrollment.reset()
        insertEnrollment.bind(1, learnerId)
        insertEnrollment.bind(2, course)
        insertEnrollment.bind(3, cohortId)
        insertEnrollment.bind(4, stamp)
        insertEnrollment.bind(5, stamp)
        insertEnrollment.bind(6, batchId)
        try insertEnrollment.execute()
    }

    /// Returns (something written, enrollment created or re-activated).
    private func upsertEnrollment(learnerId: Int64, course: String, cohortId: Int64?) throws -> (Bool, Bool) {
        findEnrollment.reset()
        findEnrollment.bind(1, learnerId)
        findEnrollment.bind(2, course)
        guard try findEnrollment.step() else {
            try createEnrollment(learnerId: learnerId, course: course, cohortId: cohortId)
            return (true, true)
        }
        let enrollmentId = findEnrollment.int64(0)!
        let before = EnrollmentSnapshot(
            cohortId: findEnrollment.int64(1), status: findEnrollment.text(2) ?? "active",
            withdrawnAt: findEnrollment.text(3), updatedAt: findEnrollment.text(4) ?? "", batchId: findEnrollment.int64(5))
        findEnrollment.reset()
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
        try record("enrollment_updated", learnerId: learnerId, enrollmentId: enrollmentId, before: encoder.encode(before))
        updateEnrollment.bind(1, after.cohortId)
        updateEnrollment.bind(2, after.status)
        updateEnrollment.bind(3, after.withdrawnAt)
        updateEnrollment.bind(4, stamp)
        updateEnrollment.bind(5, batchId)
        updateEnrollment.bind(6, enrollmentId)
        try updateEnrollment.execute()
        return (true, reactivated)
    }

    private func record(_ kind: String, learnerId: Int64, enrollmentId: Int64?, before: Data) throws {
        insertChange.reset()
        insertChange.bind(1, batchId)
        insertChange.bind(2, kind)
        insertChange.bind(3, learnerId)
        insertChange.bind(4, enrollmentId)
        insertChange.bind(5, String(decoding: before, as: UTF8.self))
        try insertChange.execute()
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
