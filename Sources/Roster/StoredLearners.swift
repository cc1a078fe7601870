import Enrollment
import GRDB
import SanaStore

/// What the store holds for every learner when a batch begins, condensed to one 64-bit
/// fingerprint per IIN over the fields this file can change (an open-addressing table of 16-byte
/// slots, key and fingerprint side by side: ~23 MB for a million learners). A re-imported row
/// whose fingerprint matches is unchanged without touching SQLite: two sequential scans replace
/// a million random lookups.
struct StoredLearners {
    /// The learner has several enrollments: compare in SQL.
    static let several: UInt64 = 1

    /// Which fields enter the fingerprint: those the file can set.
    struct Scope {
        let middleName, email, faculty, group, locale, cohort: Bool

        init(map: HeaderMap, defaultCohort: String?) {
            middleName = map.setsMiddleName
            email = map.has(.email)
            faculty = map.has(.faculty)
            group = map.has(.group)
            locale = map.has(.language)
            cohort = map.has(.cohort) || defaultCohort != nil
        }
    }

    /// Slot i holds the key (IIN + 1; 0 is empty) at 2i and the fingerprint at 2i + 1.
    private var slots: LargeWords
    private var count = 0

    /// Scans enrollments, then learners, once each in table order.
    init(_ db: Database, scope: Scope) throws {
        let (learners, maxId) = try Row.fetchOne(db, sql: "SELECT count(*), ifnull(max(id), 0) FROM learner")
            .map { ($0[0] as Int, $0[1] as Int) } ?? (0, 0)
        slots = LargeWords(count: 2 * max(16, learners * 10 / 7 + 16))
        let enrollments = try EnrollmentDigests(db, scope: scope, learners: learners, maxId: maxId)
        let scan = try FastStatement(db, sql: """
            SELECT iin, last_name, first_name, middle_name, email, institution_id, faculty, study_group, locale, id FROM learner
            """)
        while try scan.step() {
            guard let iin = scan.int64(0), let id = scan.int64(9) else { continue }
            let enrollment = enrollments[id]
            if enrollment == StoredLearners.several {
                insert(UInt64(iin), fingerprint: StoredLearners.several)
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
            hasher.combine(enrollment)
            insert(UInt64(iin), fingerprint: hasher.finalize())
        }
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
        var course = row.course
        let enrollment = course.withUTF8 {
            EnrollmentDigests.digest(course: UnsafeRawBufferPointer($0), withdrawn: false, cohortId: cohortId, scope: scope)
        }
        hasher.combine(enrollment)
        return hasher.finalize()
    }

    /// The stored fingerprint, `several`, or nil when the store has no such learner.
    func lookup(_ iin: UInt64) -> UInt64? {
        let key = iin + 1
        let size = slots.count / 2
        var index = IINLines.slot(key, in: size)
        while slots[2 * index] != 0 {
            if slots[2 * index] == key { return slots[2 * index + 1] }
            index = index + 1 == size ? 0 : index + 1
        }
        return nil
    }

    private mutating func insert(_ iin: UInt64, fingerprint: UInt64) {
        if count * 10 >= slots.count / 2 * 7 { grow() }
        let key = iin + 1
        let size = slots.count / 2
        var index = IINLines.slot(key, in: size)
        while slots[2 * index] != 0 {
            if slots[2 * index] == key {
                // Two learners with one IIN cannot be (UNIQUE); be safe and compare in SQL.
                slots[2 * index + 1] = StoredLearners.several
                return
            }
            index = index + 1 == size ? 0 : index + 1
        }
        slots[2 * index] = key
        slots[2 * index + 1] = fingerprint
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = LargeWords(count: old.count + old.count / 2 & ~1)
        count = 0
        for index in stride(from: 0, to: old.count, by: 2) where old[index] != 0 {
            insert(old[index] - 1, fingerprint: old[index + 1])
        }
    }
}
