import Enrollment
import GRDB
import SanaStore

/// What the store holds for every learner when a batch begins, condensed to one 64-bit
/// fingerprint per IIN over the fields this file can change (16 bytes a learner, ~23 MB for a
/// million). A re-imported row whose
/// fingerprint matches is unchanged without touching SQLite: one sequential scan replaces a
/// million random lookups.
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

    private var keys: [UInt64]
    private var values: [UInt64]
    private var count = 0

    /// Scans learners and their enrollments once.
    init(_ db: Database, scope: Scope) throws {
        let learners = try Int.fetchOne(db, sql: "SELECT count(*) FROM learner") ?? 0
        keys = [UInt64](repeating: 0, count: max(16, learners * 10 / 7 + 16))
        values = keys
        let scan = try FastStatement(db, sql: """
            SELECT l.iin, l.last_name, l.first_name, l.middle_name, l.email, l.institution_id, l.faculty, l.study_group,
                   l.locale, e.course_id, e.status, e.cohort_id
            FROM learner l LEFT JOIN enrollment e ON e.learner_id = l.id
            """)
        while try scan.step() {
            guard let iin = scan.int64(0) else { continue }
            var hasher = Hasher()
            for column: Int32 in [1, 2] { scan.withBytes(column) { StoredLearners.combine($0, into: &hasher) } }
            if scope.middleName { scan.withBytes(3) { StoredLearners.combine($0, into: &hasher) } }
            if scope.email { scan.withBytes(4) { StoredLearners.combine($0, into: &hasher) } }
            hasher.combine(scan.int64(5) ?? -1)
            if scope.faculty { scan.withBytes(6) { StoredLearners.combine($0, into: &hasher) } }
            if scope.group { scan.withBytes(7) { StoredLearners.combine($0, into: &hasher) } }
            if scope.locale { scan.withBytes(8) { StoredLearners.combine($0, into: &hasher) } }
            scan.withBytes(9) { StoredLearners.combine($0, into: &hasher) }
            let withdrawn = scan.withBytes(10) { $0.map { Array($0) == Array("withdrawn".utf8) } ?? false }
            hasher.combine(withdrawn)
            if scope.cohort { hasher.combine(scan.int64(11) ?? -1) }
            insert(UInt64(iin), fingerprint: StoredLearners.clamp(hasher.finalize()))
        }
    }

    /// The row's fingerprint, comparable with the stored one. An empty cell (which keeps the
    /// stored value) hashes like NULL: it matches a store that has nothing there either, and a
    /// store that has a value is compared field by field in SQL, which keeps it.
    static func fingerprint(_ row: RosterRow, institutionId: Int64, cohortId: Int64?, scope: Scope) -> UInt64 {
        let draft = row.learner
        var hasher = Hasher()
        combine(draft.lastName, into: &hasher)
        combine(draft.firstName, into: &hasher)
        if scope.middleName { combine(draft.middleName, into: &hasher) }
        if scope.email { combine(draft.email, into: &hasher) }
        hasher.combine(institutionId)
        if scope.faculty { combine(draft.faculty, into: &hasher) }
        if scope.group { combine(draft.studyGroup, into: &hasher) }
        if scope.locale { combine(draft.locale, into: &hasher) }
        combine(row.course, into: &hasher)
        hasher.combine(false)  // not withdrawn
        if scope.cohort { hasher.combine(cohortId ?? -1) }
        return clamp(hasher.finalize())
    }

    /// The stored fingerprint, `several`, or nil when the store has no such learner.
    func lookup(_ iin: UInt64) -> UInt64? {
        let key = iin + 1
        var index = StoredLearners.slot(key, in: keys.count)
        while keys[index] != 0 {
            if keys[index] == key { return values[index] }
            index = index + 1 == keys.count ? 0 : index + 1
        }
        return nil
    }

    private mutating func insert(_ iin: UInt64, fingerprint: UInt64) {
        if count * 10 >= keys.count * 7 { grow() }
        let key = iin + 1
        var index = StoredLearners.slot(key, in: keys.count)
        while keys[index] != 0 {
            if keys[index] == key {
                values[index] = StoredLearners.several
                return
            }
            index = index + 1 == keys.count ? 0 : index + 1
        }
        keys[index] = key
        values[index] = fingerprint
        count += 1
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [UInt64](repeating: 0, count: oldKeys.count + oldKeys.count / 2)
        values = keys
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != 0 {
            insert(key - 1, fingerprint: value)
        }
    }

    private static func slot(_ key: UInt64, in size: Int) -> Int {
        IINLines.slot(key, in: size)
    }

    /// Fingerprints never take the reserved values 0 and 1.
    private static func clamp(_ hash: Int) -> UInt64 {
        let value = UInt64(bitPattern: Int64(hash))
        return value < 2 ? value + 2 : value
    }

    private static func combine(_ bytes: UnsafeRawBufferPointer?, into hasher: inout Hasher) {
        guard let bytes else {
            hasher.combine(UInt8(0))
            return
        }
        hasher.combine(UInt8(1))
        hasher.combine(bytes.count)
        hasher.combine(bytes: bytes)
    }

    private static func combine(_ text: String?, into hasher: inout Hasher) {
        guard var text else {
            hasher.combine(UInt8(0))
            return
        }
        text.withUTF8 { combine(UnsafeRawBufferPointer($0), into: &hasher) }
    }
}
