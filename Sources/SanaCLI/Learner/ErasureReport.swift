import Certificates
import Courses
import Enrollment
import Foundation
import GRDB
import Quizzes
import Roster
import SanaStore

/// `sana learner erase IIN`: a personal-data erasure request, composed from each owning module's
/// API inside one transaction. What goes and what stays (and why) is in ARCHITECTURE.md,
/// "Personal-data requests"; this report says it for one learner.
struct ErasureReport: Encodable {
    struct Removed: Encodable {
        var identity = ["name", "iin", "email", "institution", "faculty", "study_group", "student_number"]
        var enrollments: Int
        var accessCode: Bool
        var lessonsOpened: Int
        var practiceAnswers: Int
        var examAnswers: Int
        var examsInProgress: Int
        var importHistoryEntries: Int
    }

    struct Kept: Encodable {
        /// The pseudonymous id the certificates and the audit trail now name.
        var pseudonym: String
        var certificatesRevoked: [String]
        var certificatesAlreadyRevoked: [String]
        var submittedAttempts: Int
        var auditEntriesPseudonymized: Int
    }

    var iin: String
    var erasedAt: String
    var removed: Removed
    var kept: Kept

    static func erase(store: Store, iin: IIN, now: Date = Date()) throws -> ErasureReport {
        let report = try store.write { db in
            // Deleted and overwritten text is zeroed on its pages, not left in the file's free space.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            guard let learner = try Learner.find(db, iin: iin), let id = learner.id else { throw EnrollmentError.learnerNotFound(iin: iin.digits) }
            let stamp = Timestamp.string(from: now)
            let lessons = try LessonProgress.erase(db, learnerId: id)
            let attempts = try LearnerAttempts.erase(db, learnerId: id)
            let certificates = try HolderCertificates.erase(db, learnerId: id, at: stamp)
            let history = try RosterHistory.forget(db, learnerId: id)
            let enrollment = try LearnerErasure.erase(db, learner: learner, at: stamp)
            let pseudonym = learner.subjectUUID
            let audit = try AuditEntry.pseudonymize(db, PersonalDataExport.identifying(learner), as: pseudonym)
            try AuditEntry.record(db, action: "learner.erase", subject: pseudonym, detail: """
                personal data erased: \(enrollment.enrollments) enrollments, \(enrollment.accessCode ? 1 : 0) access code, \(lessons) lessons, \
                \(attempts.practiceDeleted) practice answers, \(attempts.answersDeleted) exam answers, \(attempts.openAttemptsDeleted) exams in progress, \
                \(history) import changes; revoked [\(certificates.revoked.joined(separator: ","))]; kept \(attempts.attemptsKept) submitted attempts
                """)
            return ErasureReport(
                iin: iin.digits, erasedAt: Timestamp.iso(seconds: Int64(now.timeIntervalSince1970)),
                removed: Removed(enrollments: enrollment.enrollments, accessCode: enrollment.accessCode, lessonsOpened: lessons,
                                 practiceAnswers: attempts.practiceDeleted, examAnswers: attempts.answersDeleted,
                                 examsInProgress: attempts.openAttemptsDeleted, importHistoryEntries: history),
                kept: Kept(pseudonym: pseudonym, certificatesRevoked: certificates.revoked, certificatesAlreadyRevoked: certificates.alreadyRevoked,
                           submittedAttempts: attempts.attemptsKept, auditEntriesPseudonymized: audit))
        }
        // The write-ahead log still holds the pages as they were: checkpoint it into the store and empty it.
        store.truncateLog()
        return report
    }
}
