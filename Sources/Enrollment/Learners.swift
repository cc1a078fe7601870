import Foundation
import GRDB
import SanaCrypto
import SanaStore

/// Learners one at a time: look up, list, add, edit, withdraw and reinstate. (Rosters go through `Roster.RosterImporter`.)
package struct Learners: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    package func learner(iin: IIN) throws -> Learner? {
        try store.read { try Learner.find($0, iin: iin) }
    }

    package func profile(iin: IIN) throws -> LearnerProfile {
        try store.read { db in
            guard let learner = try Learner.find(db, iin: iin) else {
                throw EnrollmentError.learnerNotFound(iin: iin.digits)
            }
            return try profile(db, learner)
        }
    }

    /// Learners in alphabetical order (`Collation`: Kazakh and Russian letters as their alphabets
    /// order them) by last, first and middle name, optionally of one institution or course.
    package func list(institution: String? = nil, course: String? = nil, limit: Int? = nil) throws -> [LearnerProfile] {
        try store.read { db in
            var request = Learner.filter(sql: "erased_at IS NULL")
            if let institution {
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM institution WHERE name_key = ?", arguments: [LearnerFields.key(institution)]) else {
                    throw try Institution.notFound(db, institution)
                }
                request = request.filter(Column("institution_id") == id)
            }
            if let course {
                request = request.filter(sql: "id IN (SELECT learner_id FROM enrollment WHERE course_id = ?)", arguments: [course])
            }
            var learners = try request.fetchAll(db)
            learners = Collation.sorted(learners) { [$0.lastName, $0.firstName, $0.middleName ?? "", $0.iin] }
            if let limit { learners = Array(learners.prefix(max(0, limit))) }
            return try learners.map { try profile(db, $0) }
        }
    }

    /// Adds one learner, optionally enrolling them in a course (and cohort). Audited.
    @discardableResult
    package func add(_ draft: LearnerDraft, course: String? = nil, cohort: String? = nil, now: Date = Date()) throws -> Learner {
        do {
            return try insert(draft, course: course, cohort: cohort, now: now)
        } catch let error as StoreError where error.isUniqueViolation && error.description.hasSuffix("learner.iin") {
            // The store refuses a second learner with the IIN; no look before the insert.
            throw EnrollmentError.learnerExists(iin: draft.iin.digits)
        }
    }

    private func insert(_ draft: LearnerDraft, course: String?, cohort: String?, now: Date) throws -> Learner {
        try store.write { db in
            let stamp = Timestamp.string(from: now)
            let institution = try draft.institution.map { try Institution.findOrCreate(db, name: $0, now: stamp) }
            var learner = Learner(
                id: nil, iin: draft.iin.digits, lastName: draft.lastName, firstName: draft.firstName,
                middleName: draft.middleName, email: draft.email, institutionId: institution?.id,
                faculty: draft.faculty, studyGroup: draft.studyGroup, studentNumber: draft.studentNumber, locale: draft.locale ?? "kk", status: "active",
                subjectUUID: try SecureRandom.uuid(), createdAt: stamp, updatedAt: stamp, batchId: nil)
            try learner.insert(db)
            if let course {
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM course WHERE id = ?", arguments: [course]) == true else {
                    throw EnrollmentError.unknownCourse(course)
                }
                var cohortId: Int64?
                if let cohort, let institutionId = institution?.id {
                    cohortId = try Cohort.findOrCreate(db, institutionId: institutionId, name: cohort, now: stamp).id
                }
                var enrollment = CourseEnrollment(
                    id: nil, learnerId: learner.id!, courseId: course, cohortId: cohortId, status: .active,
                    enrolledAt: stamp, completedAt: nil, withdrawnAt: nil, updatedAt: stamp, batchId: nil)
                try enrollment.insert(db)
            }
            try AuditEntry.record(db, action: "learner.add", subject: learner.iin, detail: course.map { "enrolled in \($0)" })
            return learner
        }
    }

    func profile(_ db: Database, _ learner: Learner) throws -> LearnerProfile {
        let institution = try learner.institutionId.flatMap {
            try String.fetchOne(db, sql: "SELECT name FROM institution WHERE id = ?", arguments: [$0])
        }
        let enrollments = try Row.fetchAll(db, sql: """
            SELECT e.course_id, e.status, c.name AS cohort, e.enrolled_at, e.completed_at, e.withdrawn_at
            FROM enrollment e LEFT JOIN cohort c ON c.id = e.cohort_id
            WHERE e.learner_id = ? ORDER BY e.course_id
            """, arguments: [learner.id]).map { row in
            LearnerProfile.Enrollment(
                course: row["course_id"], status: CourseEnrollment.Status(rawValue: row["status"]) ?? .active,
                cohort: row["cohort"], enrolledAt: row["enrolled_at"], completedAt: row["completed_at"],
                withdrawnAt: row["withdrawn_at"])
        }
        return LearnerProfile(
            iin: learner.iin, lastName: learner.lastName, firstName: learner.firstName, middleName: learner.middleName,
            email: learner.email, institution: institution, faculty: learner.faculty, studyGroup: learner.studyGroup,
            studentNumber: learner.studentNumber, locale: learner.locale, status: learner.status, createdAt: learner.createdAt, updatedAt: learner.updatedAt,
            enrollments: enrollments)
    }
}
