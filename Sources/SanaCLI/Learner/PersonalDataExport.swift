import Certificates
import Courses
import Enrollment
import Foundation
import GRDB
import Quizzes
import Roster
import SanaStore

/// Everything the store holds about one person (`sana learner export`): a personal-data access
/// request under Kazakhstan's law on personal data (GDPR-like). Read in one transaction from each
/// owning module; the access code appears as its metadata only, never its hash.
struct PersonalDataExport: Encodable {
    var format = "sana personal-data export 1"
    var exportedAt: String
    var learner: Learner
    var institution: String?
    var enrollments: [EnrollmentRecords.EnrollmentRecord]
    var accessCode: EnrollmentRecords.AccessCodeRecord?
    var lessonsOpened: [LessonProgress.Record]
    var attempts: [LearnerAttempts.AttemptRecord]
    var practiceAnswers: [LearnerAttempts.PracticeRecord]
    var certificates: [HolderCertificates.Record]
    var importHistory: [RosterHistory.RecordedChange]
    var auditEntries: [AuditEntry]

    static func collect(store: Store, iin: IIN, now: Date = Date()) throws -> PersonalDataExport {
        try store.read { db in
            guard let learner = try Learner.find(db, iin: iin), let id = learner.id else { throw EnrollmentError.learnerNotFound(iin: iin.digits) }
            let records = try EnrollmentRecords.of(db, learner: learner)
            return PersonalDataExport(
                exportedAt: Timestamp.iso(seconds: Int64(now.timeIntervalSince1970)), learner: learner, institution: records.institution,
                enrollments: records.enrollments, accessCode: records.accessCode,
                lessonsOpened: try LessonProgress.records(db, learnerId: id),
                attempts: try LearnerAttempts.attempts(db, learnerId: id),
                practiceAnswers: try LearnerAttempts.practice(db, learnerId: id),
                certificates: try HolderCertificates.records(db, learnerId: id),
                importHistory: try RosterHistory.changes(db, learnerId: id),
                auditEntries: try AuditEntry.mentioning(db, identifying(learner)))
        }
    }

    /// The texts that identify a learner in free text (the audit trail): IIN, names, e-mail.
    static func identifying(_ learner: Learner) -> [String] {
        [learner.iin, learner.fullName, learner.lastName + " " + learner.firstName, learner.email].compactMap { $0 }
    }
}
