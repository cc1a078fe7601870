import GRDB
import SanaStore

/// The enrollments of the learners whose ids fall in a range, each learner's condensed to 64
/// bits (course, withdrawn or not, cohort when the file sets one): 0 for none,
/// `StoredLearners.several` for more than one. Indexed by learner id, which the store hands out
/// densely (8 bytes a learner); ids far beyond the count go to a dictionary instead.
struct EnrollmentDigests {
    private let first: Int64
    private var dense: [UInt64]
    private var sparse: [Int64: UInt64] = [:]

    init(_ db: Database, scope: StoredLearners.Scope, ids: ClosedRange<Int64>, learners: Int) throws {
        first = ids.lowerBound
        let span = ids.upperBound - ids.lowerBound + 1
        dense = [UInt64](repeating: 0, count: Int(min(span, Int64(2 * learners + 1024))))
        // In table order: cheaper than a range over the (learner_id, course_id) index.
        let scan = try db.makeStatement(sql: "SELECT learner_id, course_id, status, cohort_id FROM enrollment")
        while try scan.step() {
            guard let id = scan.int64(0), ids.contains(id) else { continue }
            let withdrawn = scan.withBytes(2) { $0.map { $0.elementsEqual("withdrawn".utf8) } ?? false }
            let digest = scan.withBytes(1) {
                EnrollmentDigests.digest(course: $0, withdrawn: withdrawn, cohortId: scan.int64(3), scope: scope)
            }
            self[id] = self[id] == 0 ? digest : StoredLearners.several
        }
    }

    subscript(id: Int64) -> UInt64 {
        get { id - first < dense.count ? dense[Int(id - first)] : sparse[id] ?? 0 }
        set {
            if id - first < dense.count { dense[Int(id - first)] = newValue } else { sparse[id] = newValue }
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
