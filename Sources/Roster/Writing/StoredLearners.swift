import Enrollment
import GRDB
import SanaConcurrency
import SanaStore

/// What the store holds for every learner when a batch begins, condensed to one 64-bit
/// fingerprint per IIN over the fields this file can change. A re-imported row whose
/// fingerprint matches is unchanged without touching SQLite: sequential scans replace a million
/// random lookups. A big store is scanned in two halves at once, the upper half on a reader
/// connection: the batch holds the write lock, so both see the same store.
struct StoredLearners {
    /// The learner has several enrollments: compare in SQL.
    static let several: UInt64 = 1
    /// Below this many learners one scan is quick enough.
    static let splitAbove = 100_000
    /// At most this much memory for fingerprints (~1.4 million learners); a bigger store is
    /// compared row by row in SQL instead, slower but inside the import's memory budget.
    static let maxBytes = 30 << 20

    /// Which fields enter the fingerprint: those the file can set.
    struct Scope {
        let middleName, email, faculty, group, locale, cohort, studentNumber: Bool

        init(map: HeaderMap, defaultCohort: String?) {
            middleName = map.setsMiddleName
            email = map.has(.email)
            faculty = map.has(.faculty)
            group = map.has(.group)
            locale = map.has(.language)
            cohort = map.has(.cohort) || defaultCohort != nil
            studentNumber = map.has(.studentNumber)
        }
    }

    /// Learners by id range, each range's table.
    private let parts: [FingerprintTable]
    /// Whether every stored learner has its fingerprint here (false past `maxBytes`): only then
    /// does a missing IIN mean a learner new to the store.
    let isComplete: Bool

    /// Scans `db` (the batch's own connection), and `store`'s reader for the upper half of a big store.
    init(
        _ db: Database, store: Store, scope: Scope,
        splitAbove: Int = StoredLearners.splitAbove, maxBytes: Int = StoredLearners.maxBytes
    ) throws {
        let (learners, minId, maxId) = try Row.fetchOne(db, sql: "SELECT count(*), ifnull(min(id), 1), ifnull(max(id), 0) FROM learner")
            .map { ($0[0] as Int, $0[1] as Int64, $0[2] as Int64) } ?? (0, 1, 0)
        isComplete = FingerprintTable.bytes(capacity: learners) <= maxBytes
        guard isComplete else {
            parts = []
            return
        }
        let ids = minId...max(minId, maxId)
        let enrollments = try EnrollmentDigests(db, scope: scope, ids: ids, learners: learners)
        // A reader sees what this connection sees only while it holds the write lock.
        guard learners > splitAbove, db.holdsWriteLock else {
            parts = [try StoredLearners.scan(db, ids: ids, learners: learners, enrollments: enrollments, scope: scope)]
            return
        }
        let middle = minId + (maxId - minId) / 2
        let upper = BackgroundTask {
            try store.read { db in
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM learner WHERE id > ?", arguments: [middle]) ?? 0
                return try StoredLearners.scan(db, ids: (middle + 1)...maxId, learners: count, enrollments: enrollments, scope: scope)
            }
        }
        let lower: FingerprintTable
        do {
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM learner WHERE id <= ?", arguments: [middle]) ?? 0
            lower = try StoredLearners.scan(db, ids: minId...middle, learners: count, enrollments: enrollments, scope: scope)
        } catch {
            _ = try? upper.value()  // no scan outlives the batch
            throw error
        }
        parts = [lower, try upper.value()]
    }

    /// The fingerprints of the learners whose ids fall in `ids` (`learners` of them), with their enrollments'.
    private static func scan(
        _ db: Database, ids: ClosedRange<Int64>, learners: Int, enrollments: EnrollmentDigests, scope: Scope
    ) throws -> FingerprintTable {
        let table = FingerprintTable(capacity: learners)
        let scan = try db.makeStatement(sql: """
            SELECT iin, last_name, first_name, middle_name, email, institution_id, faculty, study_group, locale, id, student_number
            FROM learner WHERE id BETWEEN ? AND ?
            """)
        try scan.bind(1, ids.lowerBound)
        try scan.bind(2, ids.upperBound)
        while try scan.step() {
            guard let iin = scan.int64(0), let id = scan.int64(9) else { continue }
            let enrollment = enrollments[id]
            if enrollment == StoredLearners.several {
                table.insert(UInt64(iin), fingerprint: StoredLearners.several, collision: StoredLearners.several)
                continue
            }
            var hasher = FingerprintHasher()
            scan.withBytes(1) { hasher.combine($0) }
            scan.withBytes(2) { hasher.combine($0) }
            if scope.middleName { scan.withBytes(3) { hasher.combine($0) } }
            if scope.email { scan.withBytes(4) { hasher.combine($0) } }
            hasher.combine(scan.int64(5) ?? -1)
            if scope.faculty { scan.withBytes(6) { hasher.combine($0) } }
            if scope.group { scan.withBytes(7) { hasher.combine($0) } }
            if scope.locale { scan.withBytes(8) { hasher.combine($0) } }
            if scope.studentNumber { scan.withBytes(10) { hasher.combine($0) } }
            hasher.combine(enrollment)
            // Two learners with one IIN cannot be (UNIQUE); were it so, compare in SQL.
            table.insert(UInt64(iin), fingerprint: hasher.finalize(), collision: StoredLearners.several)
        }
        return table
    }

    /// The row's fingerprint, comparable with the stored one. An empty cell (which keeps the
    /// stored value) hashes like NULL: it matches a store that has nothing there either, and a
    /// store that has a value is compared field by field in SQL, which keeps it.
    static func fingerprint(_ row: RosterRow, institutionId: Int64, cohortId: Int64?, scope: Scope) -> UInt64 {
        let draft = row.learner
        var hasher = FingerprintHasher()
        hasher.combine(draft.lastName)
        hasher.combine(draft.firstName)
        if scope.middleName { hasher.combine(draft.middleName) }
        if scope.email { hasher.combine(draft.email) }
        hasher.combine(institutionId)
        if scope.faculty { hasher.combine(draft.faculty) }
        if scope.group { hasher.combine(draft.studyGroup) }
        if scope.locale { hasher.combine(draft.locale) }
        if scope.studentNumber { hasher.combine(draft.studentNumber) }
        var course = row.course
        let enrollment = course.withUTF8 {
            EnrollmentDigests.digest(course: UnsafeRawBufferPointer($0), withdrawn: false, cohortId: cohortId, scope: scope)
        }
        hasher.combine(enrollment)
        return hasher.finalize()
    }

    /// How many scans filled the tables: two for a big store split in halves.
    var scans: Int { parts.count }

    /// Memory held by the tables.
    var bytes: Int { parts.reduce(0) { $0 + $1.bytes } }

    /// The stored fingerprint, `several`, or nil when the store has no such learner.
    func lookup(_ iin: UInt64) -> UInt64? {
        for part in parts {
            if let fingerprint = part.lookup(iin) { return fingerprint }
        }
        return nil
    }
}
