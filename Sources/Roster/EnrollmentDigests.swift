import GRDB
import SanaStore

/// Each learner's enrollment condensed to 64 bits (course, withdrawn or not, cohort when the file
/// sets one): 0 for none, `StoredLearners.several` for more than one. Indexed by learner id,
/// which the store hands out densely (8 bytes a learner); ids far beyond the count go to a
/// dictionary instead.
struct EnrollmentDigests {
    private var dense: [UInt64]
    private var sparse: [Int64: UInt64] = [:]

    init(_ db: Database, scope: StoredLearners.Scope, learners: Int, maxId: Int) throws {
        dense = [UInt64](repeating: 0, count: min(maxId, 2 * learners + 1024) + 1)
        let scan = try FastStatement(db, sql: "SELECT learner_id, course_id, status, cohort_id FROM enrollment")
        while try scan.step() {
            guard let id = scan.int64(0) else { continue }
            let withdrawn = scan.withBytes(2) { $0.map { $0.elementsEqual("withdrawn".utf8) } ?? false }
            let digest = scan.withBytes(1) {
                EnrollmentDigests.digest(course: $0, withdrawn: withdrawn, cohortId: scan.int64(3), scope: scope)
            }
            self[id] = self[id] == 0 ? digest : StoredLearners.several
        }
    }

    subscript(id: Int64) -> UInt64 {
        get { id >= 0 && id < dense.count ? dense[Int(id)] : sparse[id] ?? 0 }
        set {
            if id >= 0 && id < dense.count { dense[Int(id)] = newValue } else { sparse[id] = newValue }
        }
    }

    static func digest(course: UnsafeRawBufferPointer?, withdrawn: Bool, cohortId: Int64?, scope: StoredLearners.Scope) -> UInt64 {
        var hasher = FingerprintHasher()
        hasher.combine(course)
        hasher.combine(withdrawn)
        if scope.cohort { hasher.combine(cohortId ?? -1) }
        return hasher.finalize()
    }
}
